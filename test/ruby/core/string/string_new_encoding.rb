s = String.new
p s, s.encoding.to_s
t = String.new("abc")
p t, t.frozen?
u = String.new("xyz", capacity: 100)
p u
p "abc".encoding.to_s
p "abc".force_encoding(Encoding::BINARY).encoding.to_s
p "\xff".b.bytes
p "abc".ascii_only?, "é".ascii_only?
p "é".bytesize, "é".length
p "é".unicode_normalize(:nfd).length rescue p :nonormalize
