# File.stat/lstat and File::Stat (fields, type predicates, permission predicates, times,
# <=>), the stat-based File predicates, chmod/utime/truncate/link/symlink/readlink/umask/
# mkfifo, File#chmod/#truncate/#lstat, IO#stat, FileTest, and the Errno messages.
dir = "/tmp/maglev-file-stat-#{$$}"
Dir.mkdir(dir)
f = "#{dir}/a.txt"
File.write(f, "hello")
File.chmod(0644, f)
s = File.stat(f)
p s.class, s.size, s.mode.to_s(8), s.file?, s.directory?, s.ftype, s.nlink, s.size?, s.zero?
p s.world_readable?, s.world_writable?, s.setuid?, s.setgid?, s.sticky?, s.owned?, s.uid == Process.euid
p s.readable?, s.writable?, s.readable_real?, s.mtime.class, s.mtime == File.mtime(f), (s <=> s), (s <=> 1)
p s.dev_major.class, s.blksize.class, s.blocks.class, s.ino.class, s.is_a?(Comparable), File::Stat.new(f).size
p File.stat(dir).directory?, File.stat(dir).ftype, File.lstat(f).file?, File.stat(dir).size?.class
File.symlink(f, "#{dir}/ln")
p File.lstat("#{dir}/ln").symlink?, File.stat("#{dir}/ln").symlink?, File.readlink("#{dir}/ln") == f, File.lstat("#{dir}/ln").ftype
p File.world_readable?(f), File.world_writable?(f), File.world_readable?("/nope"), File.setuid?(f), File.owned?(f), File.owned?("/nope")
p File.chmod(0600, f), File.stat(f).mode.to_s(8), File.world_readable?(f), File.chmod(0644)
p File.utime(Time.at(100), Time.at(200), f), File.mtime(f).to_i, File.atime(f).to_i, File.utime(50, 60.5, f), File.mtime(f).to_f
p File.truncate(f, 2), File.read(f)
File.open(f, "r+") { |io| p io.stat.size, io.lstat.size, io.chmod(0640), io.truncate(1), File.size(f) }
p File.stat(f).mode.to_s(8)
old = File.umask(022)
p File.umask, File.umask(old) == 022
p File.link(f, "#{dir}/hard"), File.stat(f).nlink, File.identical?(f, "#{dir}/hard"), File.identical?(f, dir)
p File.mkfifo("#{dir}/fifo"), File.pipe?("#{dir}/fifo"), File.stat("#{dir}/fifo").ftype
p File.stat("/dev/null").chardev?, File.stat("/dev/null").ftype, File.stat("/dev/null").rdev_major, File.stat("/dev/null").rdev_minor
p File.stat(f).inspect.sub(/dev=0x\h+, ino=\d+/, "").sub(/uid=\d+, gid=\d+/, "").sub(/blksize=\d+, blocks=\d+, atime=.*/, "")
p FileTest.file?(f), FileTest.exist?("/nope"), FileTest.size(f), FileTest.world_readable?(f), FileTest.symlink?("#{dir}/ln")
p FileTest.private_instance_methods.include?(:file?), FileTest.singleton_methods.size
[-> { File.stat("/nope") }, -> { File.lstat("/nope") }, -> { File::Stat.new("/nope") }, -> { File.readlink(f) },
 -> { File.symlink("/nope", "/nope2/x") }, -> { File.chmod(0644, "/nope") }, -> { File.truncate("/nope", 0) },
 -> { File.link("/nope", "/nope2") }, -> { File.utime(0, 0, "/nope") }, -> { File.mkfifo("/nope/x") },
 -> { File.stat(f).birthtime }, -> { File.stat(nil) }].each do |l|
  l.call
rescue SystemCallError, NotImplementedError, TypeError => e
  p [e.class, e.message.sub(f, "F")]
end
%w[hard ln fifo a.txt].each { |n| File.delete("#{dir}/#{n}") }
Dir.rmdir(dir)
