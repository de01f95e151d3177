# JSON parse and generate across what the native parser and generator take and what
# they hand back to the Ruby code (errors, additions, odd escapes), as CRuby 3.1's json.
require "json"
def show(label)
  r = yield
  puts "#{label}: #{r.inspect} #{r.is_a?(String) ? r.encoding : ''}"
rescue => e
  puts "#{label}: #{e.class}: #{e.message[0, 80]}"
end
show("scalars") { JSON.parse('[1, -0, 0.5, -1.5e3, 1E+2, 12345678901234567890123, true, false, null, "x"]') }
show("top scalar") { JSON.parse(' 42 ') }
show("top string") { JSON.parse('"a\u00e9\ud83d\ude00\n\/\q"') }
show("comments") { JSON.parse("/* c */ [1, // line\n 2 /* x */]") }
show("nested") { JSON.parse('{"a": {"b": [{}, [], {"c": null}]}}') }
show("symbolize") { JSON.parse('{"a": {"b": 1}}', symbolize_names: true) }
show("freeze") { r = JSON.parse('{"a": ["s"]}', freeze: true); [r.frozen?, r["a"].frozen?, r["a"][0].frozen?] }
show("keys frozen") { JSON.parse('{"k": 1}').keys[0].frozen? }
show("dup keys") { JSON.parse('{"a": 1, "a": 2}') }
show("nan") { JSON.parse('[NaN]') }
show("nan ok") { JSON.parse('[NaN, Infinity, -Infinity]', allow_nan: true) }
show("lone high") { JSON.parse('["\ud83d"]') }
show("lone low") { JSON.parse('["\ude00"]').first.bytes }
show("bad num") { JSON.parse('[01]') }
show("bad num2") { JSON.parse('[1.]') }
show("bad") { JSON.parse('{"a" 1}') }
show("trailing") { JSON.parse('[1] x') }
show("empty") { JSON.parse('') }
show("unterminated") { JSON.parse('["abc') }
show("deep") { JSON.parse('[' * 101 + ']' * 101) }
show("deep ok") { JSON.parse('[' * 101 + ']' * 101, max_nesting: false).flatten }
OC = Struct.new(:h) do
  def []=(k, v)
    (self.h ||= {})[k] = v
  end
end
show("object_class") { JSON.parse(%q({"a": 1}), object_class: OC).h }
class Pt
  def initialize(x) = @x = x
  def to_json(*a) = { "json_class" => "Pt", "x" => @x }.to_json(*a)
  def self.json_create(h) = new(h["x"])
end
show("additions") { JSON.parse(JSON.generate([Pt.new(1)]), create_additions: true).first.class }
show("load") { JSON.load('{"json_class": "Pt", "x": 2}').class }
show("gen") { JSON.generate([1, -2.5, 1e20, 1.0e-5, 2**70, nil, true, "a\"\\\b\f\n\r\t\u0001/é😀", {a: 1, 2 => [3], nil => {}}]) }
show("gen ascii") { JSON.generate(["é😀\u007f"], ascii_only: true) }
show("gen slash") { JSON.generate(["a/b"], escape_slash: true) }
show("gen nan") { JSON.generate([0.0 / 0]) }
show("gen inf") { JSON.generate([-1.0 / 0]) }
show("gen nan ok") { JSON.generate([0.0 / 0, 1.0 / 0], allow_nan: true) }
show("gen deep") { a = []; 101.times { a = [a] }; JSON.generate(a) }
show("gen deep h") { a = {}; 101.times { a = {x: a} }; JSON.generate(a) }
show("gen custom") { JSON.generate([Pt.new(3), :sym, 1..2, Object.new.tap { |o| def o.to_s = "obj" }]) }
show("gen bad to_json") { o = Object.new; def o.to_json(*) = 5; JSON.generate([o]) }
show("gen latin1") { JSON.generate(["caf\xE9".force_encoding("ISO-8859-1")]) }
show("gen binary") { JSON.generate(["abc".b]) }
show("gen invalid") { JSON.generate(["\xff"]) }
show("pretty") { JSON.pretty_generate({"a" => [], "b" => {}, "c" => [1, {"d" => nil}], "e" => {"f" => [[]]}}) }
show("pretty opts") { JSON.pretty_generate([1, {a: 2}], indent: "\t", space_before: " ") }
show("to_json") { [{a: 1}.to_json, [1, "x"].to_json, "é".to_json, 1.5.to_json, nil.to_json, :s.to_json] }
show("state depth") do
  s = JSON::State.new(indent: "  ", object_nl: "\n", array_nl: "\n")
  [s.generate({"a" => [1]}), s.depth]
end
class Deep
  def to_json(state = nil, *) = "[#{state.depth}]"
end
show("depth seen") { JSON.generate([[Deep.new], {k: Deep.new}]) }
show("subclass") { h = Class.new(Hash)[a: 1]; a = Class.new(Array).new([1, 2]); JSON.generate([h, a]) }
show("dump") { JSON.dump({"a" => [1.0 / 0]}) }
show("roundtrip") { d = {"n" => [1, 2.5, "x", nil, true], "m" => {"é" => "😀"}}; JSON.parse(JSON.generate(d)) == d }
