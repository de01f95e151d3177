require 'json'
p JSON::VERSION
["{", "[1,]", "", "nul", "{\"a\" 1}", "[1 2]", "\"abc", "{\"a\":1,}", "  ", "[01]", "NaN", "[NaN]", "1", "\"x\"", "{\"a\":}", "[1]x", "tru", "-", "[\"\\u00e9\"]"].each do |s|
  begin
    p JSON.parse(s)
  rescue JSON::ParserError => e
    p [e.class, e.message]
  end
end
begin; JSON.generate([0.0/0]); rescue => e; p [e.class, e.message]; end
begin; JSON.generate(1.0/0); rescue => e; p [e.class, e.message]; end
p JSON.generate("a\u2028/\x01\u00e9\t")
p JSON.pretty_generate({})
p JSON.pretty_generate([])
p JSON.pretty_generate({"a"=>[], "b"=>{}, "c"=>[1,{"d"=>nil}]})
p JSON.generate(1=>2, nil=>3, :s=>4)
p 1.0e20.to_json, 1.5.to_json, (2**70).to_json
p JSON.dump("x"), JSON.dump(nil)
p JSON.parse('2'), JSON.parse('null')
p JSON.parse('{"a":1.5e3, "b":-0, "c": 1E2, "d":-0.0}')
p JSON.parse('[1e400]') rescue p $!
p :sym.to_json, nil.to_json, Time.at(0).utc.to_json rescue p $!
p JSON.parse('{"a":{"b":[1]}}', symbolize_names: true)
p JSON.parse(JSON.generate("\u{1F600}"))
p JSON.generate("\u{1F600}", ascii_only: true) rescue p $!
p JSON('[1]'), JSON([1])
p JSON.parse('"\\ud83d\\ude00"')
begin; JSON.parse(nil); rescue => e; p [e.class, e.message]; end
p JSON.parse('[1,2]', freeze: true).frozen?
s=Struct.new(:a); p s.new(1).to_json
