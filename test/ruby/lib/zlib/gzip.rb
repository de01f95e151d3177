require 'zlib'
require 'stringio'
require 'tmpdir'
g = Zlib.gzip("hello world")
p g.bytes[0, 4], g.bytes[8, 2], g.bytesize, Zlib.gunzip(g), Zlib.gzip("x", level: 9).bytes[8], Zlib.gzip("x", level: 1).bytes[8]
s = StringIO.new
w = Zlib::GzipWriter.new(s, 1)
w.mtime = Time.at(1000)
w.orig_name = "a.txt"
w.comment = "c"
w << "hi"
w.print("a", "b")
w.puts("line", ["x", "y\n"])
w.printf("%03d", 7)
w.putc(65)
p w.tell
p w.finish.class, s.string.bytes
begin
  w.mtime = Time.now
rescue Zlib::Error => e
  p e
end
begin
  w.write("more")
rescue Zlib::Error => e
  p e
end
r = Zlib::GzipReader.new(StringIO.new(s.string))
p r.mtime.to_i, r.orig_name, r.comment, r.os_code, r.level, r.read
p (Zlib::GzipReader.new(StringIO.new("bad")) rescue $!)
p (Zlib::GzipReader.new(StringIO.new("")) rescue $!)
p (Zlib::GzipReader.new(StringIO.new("x" * 20)) rescue $!)
p (Zlib.gunzip(g[0..-3]) rescue $!)
p (Zlib.gunzip(g[0..-9]) rescue $!)
b = g.dup; b[-8] = "\0"; p (Zlib.gunzip(b) rescue $!)
b = g.dup; b[-4] = "\7"; p (Zlib.gunzip(b) rescue $!)
r = Zlib::GzipReader.new(StringIO.new(g))
p r.read(3), r.read(3).encoding, r.read, r.read, r.read(1), r.eof?, r.os_code, r.orig_name, r.comment, r.level, r.unused
r = Zlib::GzipReader.new(StringIO.new(Zlib.gzip("a\nb\nc")))
p r.gets, r.lineno, r.readlines, r.gets
p Zlib::GzipReader.new(StringIO.new(g)).each_line.to_a
p Zlib::GzipReader.zcat(StringIO.new(g + g))
p Zlib::GzipReader.new(StringIO.new(g + "tail")).tap(&:read).unused
big = (1..5000).map { |i| "line #{i}\n" }.join
p Zlib.gunzip(Zlib.gzip(big)) == big, Zlib.gzip(big).bytesize < big.bytesize / 3
Dir.mktmpdir do |dir|
  path = File.join(dir, "t.gz")
  Zlib::GzipWriter.open(path) { |gz| gz.write("file body\n"); gz.puts "second" }
  p File.binread(path, 3).bytes
  Zlib::GzipReader.open(path) { |gz| p gz.read, gz.eof? }
  p Zlib::GzipReader.open(path) { |gz| gz.each_line.map(&:chomp) }
  p Zlib::GzipReader.open(path, &:readlines)
end
