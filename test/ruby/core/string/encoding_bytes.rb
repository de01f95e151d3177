s = "héllo"
p s.length
p s.bytesize
p s.bytes.length
p s.encoding.to_s
p s.valid_encoding?
p s.reverse
p s.upcase
p s[1]
p s.chars
p "abc".unpack("C*") rescue p :nounpack
p [104, 105].pack("C*")
p "日本語".length, "日本語".bytesize
p "日本語".reverse
p "日本"[0]
p "\u00e9" == "é"
p "é".ord
p 233.chr(Encoding::UTF_8)
p "abc".force_encoding("ASCII-8BIT").encoding.to_s
p "abc".b.encoding.to_s
p "ab\xffc".valid_encoding?
p "ab\xffc".scrub("?")
p "abc".each_char.map(&:ord)
p "smile 😀".length
p "A".getbyte(0)
p "abc".sum
p "%c" % 233
