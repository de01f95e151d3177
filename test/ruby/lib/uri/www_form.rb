# uri: encode/decode_www_form and _component, and RFC 2396's escape/unescape.
require "uri"

p URI.encode_www_form_component("a b*&é~+/-._"), URI.encode_www_form_component(:sym), URI.encode_www_form_component(12)
p URI.encode_www_form_component("a b").encoding
p URI.decode_www_form_component("a+b%26%C3%A9"), URI.decode_www_form_component("%41").encoding
p URI.decode_www_form_component("%E9", Encoding::ISO_8859_1)
begin
  URI.decode_www_form_component("%zz")
rescue ArgumentError => e
  puts e.message
end
p URI.encode_www_form([["a", 1], ["b", nil], ["c", [1, 2]], ["d", "x y"]])
p URI.encode_www_form(a: "x y", b: "z", "c d" => "&")
p URI.encode_www_form([])
p URI.decode_www_form("a=1&b=&c&d=x+y%21&e=1=2")
p URI.decode_www_form(""), URI.decode_www_form("a=1;b=2", separator: ";")
p URI.decode_www_form("a=%E9", Encoding::ISO_8859_1)[0][1].encoding
p URI.decode_www_form("&&a=1&")
begin
  URI.decode_www_form("a=é")
rescue ArgumentError => e
  puts e.message
end
p URI::DEFAULT_PARSER.class, URI::Parser, URI::RFC3986_PARSER.class
p URI::DEFAULT_PARSER.escape("a b/é?[]"), URI::DEFAULT_PARSER.unescape("a%20b%C3%A9")
p URI::DEFAULT_PARSER.escape("a&b", /&/), URI::DEFAULT_PARSER.parse("http://x/").class
