# An IO is open for reading, writing or both: the other direction raises IOError, and
# close_read/close_write close a one-way stream, shut one side of a duplex popen and
# refuse (IOError) the other cases, as CRuby 3.1.
r, w = IO.pipe
[-> { r.write "x" }, -> { w.read }, -> { w.gets }, -> { r.puts 1 }, -> { r << "a" }, -> { w.eof? },
 -> { $stdout.read }, -> { $stdin.puts "x" }, -> { r.close_write }, -> { w.close_read }].each do |f|
  f.call
rescue IOError => e
  p e.message
end
w.close_write; p w.closed?; w.close_write; p :twice_ok
r.close_read; p r.closed?
require "tmpdir"
path = File.join(Dir.tmpdir, "io_directions_#{$$}.txt")
File.write(path, "abc")
File.open(path) { |f| (f.puts "x") rescue p $!.message; p f.read }
File.open(path, "a") { |f| (f.read) rescue p $!.message }
File.open(path, "r+") do |f|
  [-> { f.close_read }, -> { f.close_write }].each { |c| c.call rescue p $!.message }
  p f.closed?
end
File.delete(path)
io = IO.popen("cat", "r+")
io.write "duplex"
io.close_write
p io.closed?, io.read
(io.puts "more") rescue p $!.message
io.close_read
p io.closed?, $?.success?
io = IO.popen("echo a"); io.close_read; p io.closed?
io = IO.popen("cat", "w"); io.close_write; p io.closed?
