# Tempfile and Dir.mktmpdir: unique files and directories that go away.
require 'tempfile'
require 'tmpdir'
t = Tempfile.new("demo")
t.write("hello")
t.flush
p File.basename(t.path).start_with?("demo"), File.exist?(t.path), t.size
t.rewind
p t.read
path = t.path
t.close
p File.exist?(path)
t.unlink
p File.exist?(path), t.path
kept = nil
Tempfile.create(["pre", ".txt"]) do |f|
  kept = f.path
  f.puts "line"
  p File.basename(f.path).end_with?(".txt"), f.class
end
p File.exist?(kept)
d = Dir.mktmpdir("mk") do |dir|
  File.write(File.join(dir, "x"), "1")
  p File.directory?(dir), Dir.children(dir)
  dir
end
p File.exist?(d), Dir.tmpdir.is_a?(String)
Tempfile.open("blk") { |f| f.print("abc"); f.rewind; p f.read }
