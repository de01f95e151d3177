require 'json'
['[{"a" 1}]', '{"a":[1 2]}', '{"a": nul}', '[1.]', '1.', '[-]', '[1e5, 2E-3, 0.5e+2]', '[' + 'x'*50 + ']', 'x'*50, '{"a":1 "b":2}', '["a\nb"]', '["\\x"]', '[1,2', '{"a":1,"a":2}', '[true false]', '[nulll]', '{1:2}', '[-Infinity]', '[Infinity]', '[infinity]', '"\\ud800"', '[] ', " \n[1]\n ", '// c
[1]', '/* x */ [2]', '[1 /* c */, 2]', '["\u00e9" "x"]', "[\"\xff\"]"].each do |s|
  begin
    p JSON.parse(s)
  rescue JSON::ParserError => e
    p [e.class, e.message]
  end
end
p JSON.parse('[NaN, Infinity, -Infinity]', allow_nan: true)
a = []; 101.times { a = [a] }
begin; JSON.generate(a); rescue => e; p [e.class, e.message]; end
begin; JSON.parse('['*101 + ']'*101); rescue => e; p [e.class, e.message]; end
p JSON.parse('['*100 + ']'*100).flatten
