# Dir.new/Dir.open: read/each/children/each_child in order, pos/seek/rewind, close
# (IOError after), inspect/path, the block form closing the Dir; Dir.glob with "." and a
# trailing "/".
dir = "/tmp/maglev-dir-#{$$}"
Dir.mkdir(dir)
%w[b a c].each { |n| File.write("#{dir}/#{n}", n) }
Dir.mkdir("#{dir}/sub")
d = Dir.new(dir)
p d.class, d.path == dir, d.to_path == dir, d.inspect == "#<Dir:#{dir}>", d.is_a?(Enumerable)
names = []
while (e = d.read)
  names << e
end
p names.sort, d.read
d.rewind
p d.children.sort, d.each_child.to_a.sort, d.each.class, d.each { }.equal?(d)
d.rewind
first = d.read
p d.pos.is_a?(Integer), d.tell == d.pos
d.seek(0)
p d.read == first
d.pos = 0
p d.read == first
p d.close, d.close
[-> { d.read }, -> { d.each { } }, -> { d.children }, -> { d.pos }, -> { Dir.new("/nope") }, -> { Dir.new("/etc/passwd") }].each do |l|
  l.call
rescue IOError, SystemCallError => e
  p [e.class, e.message]
end
p Dir.open(dir) { |x| x.children.size }, Dir.open(dir).class, Dir.open(dir).map(&:size).sum
Dir.chdir(dir) do
  p Dir.glob(".*"), Dir.glob("*", File::FNM_DOTMATCH).sort, Dir.glob("*/"), Dir.glob("*/", File::FNM_DOTMATCH)
  p Dir.glob("{.,..}*"), Dir.glob("s*/.*"), Dir.glob("#{dir}/.*") == ["#{dir}/."], Dir.glob("../*/sub/").size
end
p Dir.glob("*", File::FNM_DOTMATCH, base: dir).sort, Dir.glob("*/", base: dir)
%w[a b c].each { |n| File.delete("#{dir}/#{n}") }
Dir.rmdir("#{dir}/sub")
Dir.rmdir(dir)
