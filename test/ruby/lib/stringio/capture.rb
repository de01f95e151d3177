require 'stringio'

# capturing $stdout
def capture
  old = $stdout
  $stdout = StringIO.new
  yield
  $stdout.string
ensure
  $stdout = old
end

out = capture do
  puts "hello", [1, [2, nil]]
  print "a", "b"
  printf("%05.1f|%s\n", 3.14159, :x)
  $stdout.write("w", 1, "\n")
  $stdout << "left" << 2 << "\n"
  p [1, "two"]
  putc "z"
  putc 10
end
p out

io = StringIO.new
p io.write("abc", "de")
p io.pos
io.rewind
p io.read(2), io.pos, io.read, io.read, io.read(3)
io.pos = 1
io.write("ZZ")
p io.string
p io.eof?, io.size, io.length
io.truncate(2)
p io.string
p $LOADED_FEATURES.grep(/stringio/).map { |f| File.basename(f, ".*") }
p StringIO.new("x").closed?, StringIO.new.tty?
