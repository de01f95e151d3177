require 'json'

data = {
  "name" => "maglev", :sym => :value, 1 => 2.5, nil => nil,
  "list" => [1, -2, 3.0, 1e20, 1.5e-7, 2**70, true, false, nil, "x"],
  "nested" => { "empty_h" => {}, "empty_a" => [], "deep" => [[[{ "k" => [] }]]] },
  "text" => "quote\" back\\ slash/ nl\n tab\t ctl\u0001 del\u007f é 日本 😀 \u2028",
}
puts JSON.generate(data)
puts data.to_json
puts JSON.pretty_generate(data)
puts JSON.pretty_generate([])
puts JSON.pretty_generate({})
puts JSON.pretty_generate(1)
puts JSON.pretty_generate("s")
puts JSON.generate(data, ascii_only: true)
puts JSON.generate("a/b\u2028", escape_slash: true)
puts JSON.generate([1, { "a" => 2 }], indent: "\t", object_nl: "\n", array_nl: "\n", space: " ", space_before: " ")
puts JSON.generate({ "a" => [1] }, indent: "  ")
puts [1, "two", nil].to_json, "str".to_json, nil.to_json, 42.to_json, 1.25.to_json, :sym.to_json
puts({ a: 1 }.to_json)

class Point
  def initialize(x, y)
    @x, @y = x, y
  end

  def to_json(*args)
    { "x" => @x, "y" => @y }.to_json(*args)
  end
end
pts = { "points" => [Point.new(1, 2), Point.new(3, 4)] }
puts JSON.generate(pts)
puts JSON.pretty_generate(pts)
puts JSON.dump({ "a" => [1, nil] })
puts JSON.dump(Float::NAN)
io = StringIO.new rescue nil
p JSON.generate(Float::INFINITY, allow_nan: true)
[Float::NAN, -Float::INFINITY, [1.0 / 0]].each do |v|
  begin
    JSON.generate(v)
  rescue JSON::GeneratorError => e
    p [e.class, e.message]
  end
end
a = []
99.times { a = [a] }
p JSON.generate(a).size
a = [a]
begin
  JSON.generate(a)
rescue JSON::NestingError => e
  p [e.class, e.message]
end
p JSON.generate(a, max_nesting: false).size
p JSON::VERSION, JSON::ParserError.ancestors.take(4), JSON::NestingError.superclass
s = JSON::State.new(indent: "  ")
p s.indent, s.max_nesting, s.allow_nan?
p JSON("[1, 2]"), JSON([1, 2])
p JSON[{ "a" => 1 }], JSON['{"a": 1}']
j({ "k" => [1, 2] })
jj({ "k" => [1, 2] })
