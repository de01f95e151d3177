# File, IO and Dir basics: File.open with modes and blocks, gets/read/each_line with
# separators, limits and chomp:, closed streams, Errno errors, Dir.glob patterns.
dir = File.join(ENV["TMPDIR"] || "/tmp", "maglev-file-test-#{Process.pid}")
Dir.mkdir(dir)
Dir.chdir(dir) do
  File.write("a.txt", "line1\nline2\r\nlast")
  p File.read("a.txt"), File.size("a.txt"), File.exist?("a.txt"), File.file?("a.txt"), File.directory?(".")
  p File.readlines("a.txt"), File.readlines("a.txt", chomp: true)
  File.open("a.txt") do |f|
    p f.gets, f.eof?, f.read(3), f.getc, f.readline(chomp: true), f.gets, f.eof?
    f.rewind
    p f.each_line.to_a.size, f.pos
  end
  File.open("b.txt", "w") { |f| f.puts "x", [1, 2]; f.print "y"; f << "z" << 1; f.printf("%03d\n", 7); f.write("a", "b") }
  p File.read("b.txt")
  File.open("b.txt", "a") { |f| f.puts "app" }
  p IO.readlines("b.txt").last
  p File.foreach("a.txt").map(&:chomp)
  f = File.new("a.txt")
  p f.path, f.closed?, f.read.size, f.read, f.read(1)
  f.close
  p f.closed?, f.inspect
  begin
    f.read
  rescue IOError => e
    p e.message
  end
  begin
    File.read("nope.txt")
  rescue SystemCallError => e
    p e.class, e.message
  end
  begin
    File.open("nope.txt")
  rescue Errno::ENOENT => e
    p e.message
  end
  Dir.mkdir("d")
  File.write("d/x.rb", "1")
  File.write("d/y.txt", "2")
  Dir.mkdir("d/sub")
  File.write("d/sub/z.rb", "3")
  p Dir.entries("d").sort, Dir.children("d").sort, Dir.exist?("d"), Dir.empty?("d/sub")
  p Dir.glob("d/*.rb"), Dir.glob("d/**/*.rb"), Dir["d/*"], Dir.glob("d/*.{rb,txt}"), Dir.glob("**/*.rb")
  p Dir.glob("*.rb", base: "d"), Dir.glob("nothing/*")
  Dir.chdir("d") { p Dir.pwd.end_with?("/d"), Dir.glob("*") }
  p File.basename(Dir.pwd) == "io"
  p File.extname("a/b.rb"), File.split("/a/b/c.rb"), File.fnmatch("*.rb", "x.rb"), File.fnmatch("*", ".x"), File.fnmatch("*", ".x", File::FNM_DOTMATCH)
  File.rename("b.txt", "c.txt")
  p File.exist?("b.txt"), File.exist?("c.txt")
  File.delete("c.txt")
  p File.exist?("c.txt"), File.mtime("a.txt").class, File.zero?("a.txt"), File.size?("nope")
  File.open("w.txt", "w+") { |f| f.write("hello"); f.rewind; p f.read }
  p File.open("a.txt", &:readlines).size
  p open("a.txt") { |f| f.gets }
  p File.open("a.txt").each_char.first(3), File.open("a.txt").each_byte.first(2)
  p File.read("a.txt", 4), File.read("a.txt", 3, 2)
  f = File.open("a.txt"); f.gets(nil).size.then { |n| p n }; f.close
  f = File.open("a.txt"); p f.gets(""), f.gets("2"), f.gets(3); f.close
  %w[a.txt w.txt d/x.rb d/y.txt d/sub/z.rb].each { |f| File.delete(f) }
  Dir.rmdir("d/sub")
  Dir.rmdir("d")
end
Dir.rmdir(dir)
p Dir.exist?(dir)
