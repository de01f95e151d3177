# Proc#ruby2_keywords returns the proc; an Encoding survives Marshal (as its name).
pr = proc { |*a| a }
p pr.ruby2_keywords.equal?(pr), pr.call(1, k: 2)
p Marshal.load(Marshal.dump(Encoding::UTF_8)), Marshal.load(Marshal.dump([Encoding::BINARY, Encoding::US_ASCII]))
p Marshal.dump(Encoding::UTF_8).bytesize
