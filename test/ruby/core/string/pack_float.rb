# pack/unpack float directives: d D f F (native), e E (little-endian), g G (big-endian).
p [1.5, 2].pack("dE").bytes, [1.5].pack("e").bytes, [1.5].pack("g").bytes, [1.5].pack("G").bytes
p (["1"].pack("d") rescue $!), ([nil].pack("e") rescue $!)
p [Rational(1, 2)].pack("g").unpack("g"), "abc".unpack("d2"), [1.1].pack("f").unpack1("f")
p [Float::NAN].pack("G").unpack1("G").nan?, "\x00\x00\xc0\x7f".unpack("e*"), [1e300].pack("e").unpack1("e")
p [1.0, -2.5].pack("G2").unpack("G*"), [3.25].pack("D").unpack1("D"), [0.1].pack("F").unpack1("F")
p [-0.0].pack("E").unpack1("E"), [Float::INFINITY, -Float::INFINITY].pack("g*").unpack("g*")
p [1, 2.5, 3].pack("CeC").unpack("CeC"), "\x01\x02\x03\x04\x05\x06\x07\x08\x09".unpack("E a")
p [2**0.5].pack("d").unpack1("d") == 2**0.5, [1.5, 2.5, 3.5].pack("e*").size
