require 'stringio'

io = StringIO.new("line one\nline two\n\nlast")
p io.gets, io.lineno
p io.gets(chomp: true)
p io.readlines
p io.gets
io.rewind
p io.each_line.to_a
io.rewind
io.each_line(chomp: true) { |l| p l }
io.rewind
p io.gets(""), io.gets("")
io.rewind
p io.gets("two"), io.gets(4), io.gets(nil)
io.rewind
p io.getc, io.getbyte, io.each_char.first(3)
io.ungetc("Q")
p io.read(3)
p io.map(&:upcase)
begin
  io.readline
rescue EOFError => e
  p e.class, e.message
end
p StringIO.new("a\nb\n").each_with_index.map { |l, i| "#{i}:#{l.chomp}" }
r = StringIO.new("frozen".freeze)
p r.read
begin
  r.write("x")
rescue IOError => e
  p e.message
end
s = +"abc"
w = StringIO.new(s, "a")
w.write("def")
p s
StringIO.open("xyz") { |i| p i.read(1) }
u = StringIO.new("héllo\nwörld\n")
p u.gets, u.pos, u.read
