require 'zlib'
p Zlib.crc32("abc"), Zlib.adler32("abc"), Zlib.crc32("c", Zlib.crc32("ab")), Zlib.crc32, Zlib.adler32
p Zlib.crc32("x" * 100_000), Zlib.adler32("hello", 5)
p Zlib.crc32_combine(Zlib.crc32("ab"), Zlib.crc32("cd"), 2) == Zlib.crc32("abcd")
p Zlib.adler32_combine(Zlib.adler32("ab"), Zlib.adler32("cd"), 2) == Zlib.adler32("abcd")
p Zlib.crc_table.size, Zlib.crc_table[1], Zlib.crc_table[255]
text = "The quick brown fox jumps over the lazy dog. " * 20
[Zlib::NO_COMPRESSION, Zlib::BEST_SPEED, Zlib::DEFAULT_COMPRESSION, Zlib::BEST_COMPRESSION].each do |level|
  d = Zlib::Deflate.deflate(text, level)
  p [level, d.bytesize, d.unpack1("H*")[0, 40], d.encoding, Zlib::Inflate.inflate(d) == text]
end
p Zlib.deflate("hello").bytes, Zlib.inflate(Zlib.deflate("hello"))
d = Zlib::Deflate.new
p d.deflate("a" * 100), d.deflate("b", Zlib::SYNC_FLUSH).bytes, d.finish.bytes, d.finished?, d.total_in, d.total_out
d.close
p d.closed?, (d.deflate("x") rescue $!)
d = Zlib::Deflate.new(9, -15)
d << "abc" << "def"
raw = d.finish
p raw.bytes, Zlib::Inflate.new(-15).inflate(raw)
i = Zlib::Inflate.new
z = Zlib.deflate("hello" * 10)
p i.inflate(z[0, 5]), i.inflate(z[5..]), i.finished?, i.total_in, i.total_out, i.adler
p((Zlib.inflate("bad") rescue $!), (Zlib.inflate(Zlib.deflate("abc")[0..-3]) rescue $!))
p Zlib::MAX_WBITS, Zlib::DEFAULT_COMPRESSION, Zlib::BEST_SPEED, Zlib::NO_FLUSH, Zlib::SYNC_FLUSH,
  Zlib::FULL_FLUSH, Zlib::FINISH, Zlib::BINARY, Zlib::FILTERED, Zlib::DEF_MEM_LEVEL, Zlib::OS_CODE
p Zlib::Error.superclass, Zlib::DataError.superclass, Zlib::GzipFile::Error.superclass, Zlib::GzipFile::CRCError.superclass
p Zlib.zlib_version == Zlib::ZLIB_VERSION, Zlib::ZLIB_VERSION.split(".").size >= 3
dict = "hello world"
d = Zlib::Deflate.new
d.set_dictionary(dict)
z = d.deflate("hello world hello", Zlib::FINISH)
i = Zlib::Inflate.new
begin
  i.inflate(z)
rescue Zlib::NeedDict => e
  p e
  i.set_dictionary(dict)
  p i.inflate("")
end
