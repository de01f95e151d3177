# Encoding objects: names, aliases, constants, find, force_encoding and validity.
encs = %w[US-ASCII ISO-8859-1 Windows-1252 UTF-16LE UTF-16BE UTF-32LE UTF-32BE ASCII-8BIT UTF-8]
encs.each do |n|
  e = Encoding.find(n)
  p [e, e.name, e.to_s, e.names, e.ascii_compatible?, e.dummy?, Encoding.find(n.downcase) == e]
end
p Encoding.aliases.select { |_, v| encs.include?(v) }
p Encoding::BINARY, Encoding::ISO8859_1, Encoding::CP1252, Encoding::WINDOWS_1252, Encoding::UCS_2BE, Encoding::ASCII
p Encoding.default_external, Encoding.default_internal, __ENCODING__
p (Encoding.find("nope") rescue $!), ("a".force_encoding("nope") rescue $!)
s = "é\x01a"
(encs - %w[UTF-32LE UTF-32BE]).each do |n|
  t = s.dup.force_encoding(n)
  p [n, t.inspect, t.dump, t.valid_encoding?, t.ascii_only?, t.encoding, t.b.encoding, t.bytesize]
end
p "\xE9a".force_encoding("US-ASCII").valid_encoding?, "a\x00\x00\xd8".force_encoding("UTF-16LE").valid_encoding?
p "a\x00b\x00".force_encoding("UTF-16LE").inspect, "ab".force_encoding("UTF-16LE").inspect
p "a\xffb\xfe".force_encoding("US-ASCII").scrub, "a\xffb".scrub("*"), "a\xffb".scrub { |b| b.unpack1("H*") }
p "a\x00\x00\xd8b\x00".force_encoding("UTF-16LE").scrub.bytes
p ("a".freeze.force_encoding("BINARY") rescue $!.class)
