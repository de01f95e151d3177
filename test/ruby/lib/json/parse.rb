require 'json'

src = <<~J
  {
    "name": "maglev",
    "version": 1.5,
    "tags": ["ruby", "persistence", "\\u00e9\\n\\t\\"q\\"\\\\ \\/ \\ud83d\\ude00"],
    "count": -12, "big": 123456789012345678901234567890,
    "exp": 1e3, "neg_exp": -2.5E-2, "zero": 0, "negzero": -0, "fzero": -0.0,
    "ok": true, "no": false, "nothing": null,
    "nested": {"a": {"b": {"c": [1, [2, [3]]]}}},
    "empty_obj": {}, "empty_arr": [ ],
    "unicode": "日本語 é"
  }
J
h = JSON.parse(src)
p h
p h["tags"][2].encoding, h["unicode"].length
p JSON.parse(src, symbolize_names: true)[:nested]
p JSON.parse('{"a":1,"a":2}')
p JSON.parse("  [1, 2 ]  \n")
p JSON.parse('"just a string"'), JSON.parse("12"), JSON.parse("null"), JSON.parse("1.5")
p JSON.parse('[1e400, -1e400]')
p JSON.parse('[NaN, Infinity, -Infinity]', allow_nan: true).map(&:to_s)
r = JSON.parse('{"a": [1, {"b": "c"}]}', freeze: true)
p r.frozen?, r["a"].frozen?, r["a"][1]["b"].frozen?
class MyHash < Hash; end
p JSON.parse('{"a": {"b": 1}}', object_class: MyHash)["a"].class
p JSON.parse('/* comment */ [1, // line
  2]')
p JSON.load(nil), JSON.load(""), JSON.load("[1]")
p JSON.load('[1, [2]]', proc { |x| p x })
p JSON.parse!('[NaN]').first.nan?
rt = { "a" => [1, 2.5, "s", nil, true, { "b" => [] }] }
p JSON.parse(JSON.generate(rt)) == rt
p JSON.parse(JSON.pretty_generate(rt)) == rt
p JSON.parse(JSON.generate("\u0000\u001f\u007f")).bytes
