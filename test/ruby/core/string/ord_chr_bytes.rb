p "A".ord, "a".ord, "0".ord, " ".ord, "é".ord
p 65.chr, 97.chr, 48.chr, 10.chr
p 233.chr(Encoding::UTF_8), 0x1F600.chr("UTF-8")
p "abc".bytes.sum, "abc".sum
p ("a".."e").map(&:ord)
p "hello".bytes.map { |b| (b + 1).chr }.join
p "Hello".unpack1("a*") rescue p :nounpack
p "ABC".each_byte.map { |b| b.to_s(16) }.join(" ")
