# String#<< and #concat with an Integer append a code point in the string's encoding
# (a byte in ASCII-8BIT and US-ASCII).
s = +"Hello"; s << 256 << 0x1F600; p s
s = "a".b; s << 200; p s, s.encoding
s = "a".force_encoding("US-ASCII"); s << 200; p s, s.encoding
s = "a".force_encoding("US-ASCII"); s << 100; p s, s.encoding
s = +"a"; s.concat(98, 99); p s
[-1, 0xD800, 0x110000].each do |c|
  (+"a") << c
rescue RangeError => e
  p e
end
begin
  "a".b << 256
rescue RangeError => e
  p e
end
p 0xD800.chr("UTF-8") rescue p $!
