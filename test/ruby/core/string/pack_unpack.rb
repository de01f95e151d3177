# Array#pack / String#unpack / unpack1 for the common directives.
p [65, 66, 67].pack("C*"), [-1, 255].pack("c2").bytes, [1, 2].pack("nN").bytes, [1, 2].pack("vV").bytes
p ["abc", "de"].pack("a5A5").bytes, ["hi"].pack("Z*").bytes, [0x263A, 233].pack("U*")
p ["4142"].pack("H*"), ["1010"].pack("B*").bytes, ["0101"].pack("b*").bytes, ["hello world"].pack("m")
p ["hello world"].pack("m0"), [300].pack("w").bytes, [1].pack("s>").bytes, [1].pack("L<").bytes
p "ABC".unpack("C*"), "\xff\x01".unpack("c*"), "\x00\x01\x00\x00\x00\x02".unpack("nN"), "\x01\x00".unpack1("v")
p "abc  ".unpack("A*"), "ab\0c".unpack("Z*"), "héllo".unpack("U*"), "AB".unpack1("H*"), "A".unpack("B*"), "A".unpack("b*")
p "aGVsbG8gd29ybGQ=\n".unpack1("m"), "\x82\x2c".unpack1("w"), "abcdef".unpack("a2 x2 a2"), "\x01\x02\x03\x04".unpack("S<S>")
p [1.5].pack("C") rescue p $!.class
