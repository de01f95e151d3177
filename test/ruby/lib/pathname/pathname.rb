# Pathname: path arithmetic and the file queries it forwards.
require 'pathname'
a = Pathname.new("/usr/local/lib")
p a, a.to_s, a.basename, a.dirname, a.parent, a + "bin", a / "../share", a.join("x", "y")
p a.absolute?, a.relative?, Pathname("/").root?, Pathname.new("a/b.rb").extname
p Pathname.new("a/b.rb").sub_ext(".txt"), Pathname.new("a//b/./c/../d").cleanpath, Pathname.new("../x/..").cleanpath
p Pathname.new("/a/b/c").relative_path_from(Pathname.new("/a/d")), Pathname.new("a/b").relative_path_from("a")
p Pathname.new("a/b/c").each_filename.to_a, Pathname.new("/a/b").descend.map(&:to_s), Pathname.new("a/b/c").ascend.map(&:to_s)
p Pathname.new("x") == Pathname.new("x"), Pathname.new("a") <=> Pathname.new("b"), [Pathname("b"), Pathname("a")].sort
p Pathname.new("foo.tar.gz").basename(".gz"), Pathname.new("a") + "/abs", Pathname.new(".") + "x", Pathname("a/b") + ".."
p Pathname.new("dir/file.rb").split, Pathname.new("a").join("/b", "c")
dir = Pathname.new("pn_test_dir")
dir.rmtree if dir.exist?
(dir + "sub").mkpath
(dir + "f.txt").write("hello\nworld\n")
p dir.directory?, (dir + "f.txt").file?, (dir + "f.txt").read, (dir + "f.txt").readlines, (dir + "f.txt").size
p dir.children.map(&:to_s), dir.children(false).map(&:to_s), dir.glob("*.txt").map(&:to_s)
p dir.find.map(&:to_s).sort, (dir + "sub").empty?, (dir + "nope").exist?
dir.rmtree
p dir.exist?
begin
  Pathname.new(nil)
rescue TypeError => e
  p e.message
end
