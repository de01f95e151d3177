# File.basename/dirname/extname/split/join/expand_path/fnmatch on the edge cases of
# CRuby's file.c: runs of slashes, trailing slashes, dots, levels, nested and
# recursive arrays, ~user, "**/" and braces.
p File.basename("/"), File.basename("//"), File.basename(""), File.basename("a//"), File.basename("/a/b/")
p File.basename("a.", ".*"), File.basename("..", ".*"), File.basename(".", ".*"), File.basename(".bashrc", ".*")
p File.basename("/a/b.rb", "b.rb"), File.basename("a/b.tar.gz", ".gz"), File.basename("/a/b.rb", ".*")
p File.dirname("a/b/"), File.dirname("//a//b//"), File.dirname("/a/b/c", 2), File.dirname("/a/b/c", 0)
p File.dirname("a", 2), File.dirname("/a/b", 5), File.dirname("//"), File.dirname("a/b//c/"), File.dirname("")
p File.extname("a."), File.extname("foo.rb/"), File.extname(".."), File.extname("a..b"), File.extname("..a")
p File.extname("a/."), File.extname(".a.rb"), File.extname(".bashrc"), File.extname("/x.y/z")
p File.split("/"), File.split("a/"), File.split(""), File.split("/a/b/c"), File.split("a")
p File.join("a//", "//b"), File.join("", ""), File.join("a", ["b", []]), File.join([]), File.join("", "a")
p File.join("a/", "b"), File.join(["a", ["b", "c"]], "d"), File.join
o = Object.new
def o.to_path = "/p/q"
p File.join(o, "r"), File.basename(o), File.dirname(o), File.extname(o)
a = ["x"]
a << a
[-> { File.join(a) }, -> { File.join("a", nil) }, -> { File.join(:a) }, -> { File.dirname("a", -1) },
 -> { File.expand_path("~nosuchuser_zz") }, -> { File.basename(1) }].each do |l|
  p l.call
rescue => e
  p [e.class, e.message]
end
p File.expand_path("~root"), File.expand_path("~root/x"), File.expand_path("/a/./b/../c"), File.expand_path("../a", "/x/y")
p File.fnmatch("**/*.rb", "a/b/c.rb", File::FNM_PATHNAME), File.fnmatch("**/*.rb", "c.rb", File::FNM_PATHNAME)
p File.fnmatch("**/*.rb", ".a/c.rb", File::FNM_PATHNAME), File.fnmatch("**/*.rb", ".a/c.rb", File::FNM_PATHNAME | File::FNM_DOTMATCH)
p File.fnmatch("a/**/b", "a/x/y/b", File::FNM_PATHNAME), File.fnmatch("a/**/b", "a/b", File::FNM_PATHNAME)
p File.fnmatch("**/b", "a/x/b"), File.fnmatch("{a,b}", "a"), File.fnmatch("{a,b}", "a", File::FNM_EXTGLOB)
p File.fnmatch("{a,b}{c,d}", "bd", File::FNM_EXTGLOB), File.fnmatch("{a,{b,c}}x", "cx", File::FNM_EXTGLOB)
p File.fnmatch("*", "a/b", File::FNM_PATHNAME), File.fnmatch("A", "a", File::FNM_CASEFOLD), File.fnmatch?("*.rb", ".a.rb")
