# pack/unpack 'M' (quoted-printable), and the encoding pack gives its result: US-ASCII
# for m, M and u alone, UTF-8 with U, ASCII-8BIT otherwise.
p ["abc"].pack("M"), ["a=b\tc \nd é"].pack("M"), ["x" * 100].pack("M"), ["x" * 100].pack("M20")
p [123].pack("M"), [nil].pack("M"), ["abc \n"].pack("M")
p "=41=42\n".unpack("M"), "=41=42\n".unpack1("M").encoding, "a=\nb=3D=\r\nc".unpack("M")
p "abc=4".unpack("M"), "abc=ZZ".unpack("M"), "abc=".unpack("M")
p ["héllo wörld " * 10].pack("M").unpack1("M").force_encoding("UTF-8")
p ["a"].pack("m").encoding, ["a"].pack("M").encoding, ["a"].pack("u").encoding,
  [1].pack("U").encoding, ["a"].pack("a").encoding, ["a", 1].pack("mU").encoding,
  [1, "a"].pack("Um").encoding, ["a", 1].pack("MC").encoding, [].pack("").encoding,
  [1].pack("C").encoding
