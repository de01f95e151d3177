# Which operations make US-ASCII strings, and how US-ASCII joins with other encodings.
p 1.to_s.encoding, 1.5.to_s.encoding, (2**70).to_s.encoding, 255.to_s(16).encoding
p 65.chr.encoding, 200.chr.encoding, 65.chr("UTF-8").encoding, 233.chr("ISO-8859-1")
p :abc.to_s.encoding, :"é".to_s.encoding, :abc.inspect.encoding
p nil.to_s.encoding, true.to_s.encoding, false.inspect.encoding
p String.new.encoding, String.new("a").encoding, "#{1}".encoding
p [1, 2].join.encoding, [].join.encoding, ["a"].join.encoding, [1, "é"].join.encoding
p [1, "a"].join.encoding, ["a", 1].join.encoding, ["a".b, 1].join.encoding, [1, 2].join("é").encoding
p [1].inspect.encoding, ["a"].inspect.encoding, [1, "a"].inspect.encoding
p (1.to_s + "é").encoding, ("é" + 1.to_s).encoding, (1.to_s + "a").encoding, ("a" + 1.to_s).encoding
s = 1.to_s
s << "é"
p s.encoding, s
p 1.to_s[0].encoding, 1.to_s.upcase.encoding, 1.to_s.dup.encoding, (1.to_s * 3).encoding
p (0..31).map(&:chr).join.inspect
p Marshal.dump(1.to_s), Marshal.dump("1"), Marshal.dump("é"), Marshal.dump("é".b)
p Marshal.load(Marshal.dump(1.to_s)).encoding
