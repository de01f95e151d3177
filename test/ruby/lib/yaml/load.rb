require 'yaml'
def t
  p yield
rescue Exception => e
  p [e.class, e.message]
end
doc = <<~Y
  # comment
  name: maglev   # trailing
  version: 1.5
  count: 12
  big: 1_000
  octal: 012
  hex: 0x1f
  neg: -3
  flag: yes
  off: off
  none: ~
  empty:
  quoted: "a\\tb \\u00e9"
  single: 'it''s'
  list:
    - 1
    - two
    - [3, 4]
    - {a: 1, b: [x, y]}
  seq_same_indent:
  - a
  - b: 1
    c: 2
  - - nested
    - more
  nested:
    deep:
      deeper: value
  text: |
    line one
    line two
  folded: >
    folded
    text

    para
  keep: |+
    kept

  strip: |-
    stripped
  plain multi: this is
    continued
  "quoted key": 1
  time: 12:30
  float2: .5
  inf: .inf
  date_like: 2001-01-01x
Y
t { YAML.load(doc) }
t { YAML.load("--- 1\n") }
t { YAML.load("") }
t { YAML.load("---\n") }
t { YAML.load(":sym") }
t { YAML.load("a: :sym") }
t { YAML.safe_load("a: :sym") }
t { YAML.safe_load("a: :sym", permitted_classes: [Symbol]) }
t { YAML.safe_load("a: :sym", permitted_symbols: [:sym]) }
t { YAML.load("d: 2001-01-01") }
t { YAML.unsafe_load("d: 2001-01-02 03:04:05 Z") }
t { YAML.load("- &a [1, 2]\n- *a") }
t { YAML.load("- &a [1, 2]\n- *a", aliases: true) }
t { YAML.load("a: 1", symbolize_names: true) }
t { YAML.load("[1, 2", filename: "x.yml") }
t { YAML.load_stream("--- 1\n--- 2\n") }
t { YAML.load("a: 1\nb: 2\n...\n") }
t { YAML.load("foo: bar: baz") rescue :err }
t { YAML.load("- a\n-\n- c") }
t { YAML.load("k: \"multi\n  line\"") }
t { YAML.load("{}") }
t { YAML.load("[]") }
t { YAML.load("x: []\ny: {}") }
t { YAML.load("'1'") }
data = {"a" => [1, 2.5, "x", nil, true, {"b" => "c\nd", "e" => []}], "s" => "y", "t" => "1.0", "u" => " lead", :sym => :val, "long" => ("word " * 30).strip}
t { YAML.unsafe_load(YAML.dump(data)) == data }
t { YAML.load(data.to_yaml) == data }
