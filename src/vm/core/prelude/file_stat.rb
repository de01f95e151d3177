# File::Stat over the fields of File.__stat (core/file_stat.cc), File.stat/lstat, the
# stat-based File predicates, File#chmod/chown/truncate/lstat, IO#stat, File.utime and
# the FileTest module.

class File
  class Stat
    include Comparable

    FIELDS = %i[dev ino mode nlink uid gid rdev size blksize blocks].freeze
    FIELDS.each_with_index { |f, i| define_method(f) { @__f[i] } }
    %i[dev_major dev_minor rdev_major rdev_minor].each_with_index { |f, i| define_method(f) { @__f[16 + i] } }

    def initialize(path)
      @__f = File.__stat(path, true, "rb_stat_init")
    end

    def self.__from(fields) = allocate.tap { |s| s.instance_variable_set(:@__f, fields) }

    def initialize_copy(other)
      super
      @__f = other.instance_variable_get(:@__f)
    end

    def atime = Time.at(@__f[10], @__f[11], :nsec)
    def mtime = Time.at(@__f[12], @__f[13], :nsec)
    def ctime = Time.at(@__f[14], @__f[15], :nsec)
    def birthtime = raise(NotImplementedError, "birthtime() function is unimplemented on this machine")
    def <=>(other) = other.is_a?(Stat) ? mtime <=> other.mtime : nil

    TYPES = { 0o100000 => "file", 0o040000 => "directory", 0o120000 => "link",
              0o020000 => "characterSpecial", 0o060000 => "blockSpecial", 0o010000 => "fifo",
              0o140000 => "socket" }.freeze
    def ftype = TYPES.fetch(mode & 0o170000, "unknown")
    def file? = (mode & 0o170000) == 0o100000
    def directory? = (mode & 0o170000) == 0o040000
    def symlink? = (mode & 0o170000) == 0o120000
    def chardev? = (mode & 0o170000) == 0o020000
    def blockdev? = (mode & 0o170000) == 0o060000
    def pipe? = (mode & 0o170000) == 0o010000
    def socket? = (mode & 0o170000) == 0o140000
    def setuid? = mode & 0o4000 != 0
    def setgid? = mode & 0o2000 != 0
    def sticky? = mode & 0o1000 != 0
    def size? = size == 0 ? nil : size
    def zero? = size == 0
    def owned? = uid == Process.euid
    def grpowned? = gid == Process.egid || Process.groups.include?(gid)
    def world_readable? = mode & 0o004 != 0 ? mode & 0o777 : nil
    def world_writable? = mode & 0o002 != 0 ? mode & 0o777 : nil
    def readable? = __allowed?(0o4, Process.euid, false)
    def writable? = __allowed?(0o2, Process.euid, false)
    def executable? = __allowed?(0o1, Process.euid, false)
    def readable_real? = __allowed?(0o4, Process.uid, true)
    def writable_real? = __allowed?(0o2, Process.uid, true)
    def executable_real? = __allowed?(0o1, Process.uid, true)

    def inspect
      times = %i[atime mtime ctime].map { |t| "#{t}=#{__send__(t).inspect}" }
      "#<File::Stat dev=0x#{dev.to_s(16)}, ino=#{ino}, mode=0#{mode.to_s(8)}, nlink=#{nlink}, " \
        "uid=#{uid}, gid=#{gid}, rdev=0x#{rdev.to_s(16)}, size=#{size}, blksize=#{blksize}, " \
        "blocks=#{blocks}, #{times.join(', ')}>"
    end

    private

    # CRuby's rb_stat_[rwx]: root may read and write anything and execute what has any x
    # bit; otherwise the owner, group or other bits of the class the process falls in.
    def __allowed?(bit, id, real)
      return bit != 0o1 || mode & 0o111 != 0 if id == 0
      return mode & (bit << 6) != 0 if uid == id
      group = real ? Process.gid : Process.egid
      return mode & (bit << 3) != 0 if gid == group || Process.groups.include?(gid)
      mode & bit != 0
    end
  end

  def self.stat(path) = Stat.__from(__stat(path, true, "rb_file_s_stat"))
  def self.lstat(path) = Stat.__from(__stat(path, false, "rb_file_s_lstat"))
  def self.__stat_or_nil(path)
    Stat.__from(__stat(path, true, ""))
  rescue SystemCallError
    nil
  end

  def self.identical?(a, b)
    x = __stat_or_nil(a)
    y = __stat_or_nil(b)
    x && y ? x.dev == y.dev && x.ino == y.ino : false
  end

  %i[world_readable? world_writable? setuid? setgid? sticky? owned? grpowned? blockdev?
     chardev? readable_real? writable_real? executable_real?].each do |m|
    missing = m.start_with?("world_") ? nil : false
    define_singleton_method(m) { |path| (s = __stat_or_nil(path)) ? s.__send__(m) : missing }
  end

  # utime(atime, mtime, *paths): Times or seconds; nil is now.
  def self.utime(atime, mtime, *paths) = __utimes(atime, mtime, paths, true)
  def self.lutime(atime, mtime, *paths) = __utimes(atime, mtime, paths, false)
  def self.__utimes(atime, mtime, paths, follow)
    a = __timespec(atime)
    m = __timespec(mtime)
    paths.each { |p| __utime(p, a[0], a[1], m[0], m[1], follow) }
    paths.size
  end
  def self.__timespec(t)
    return [nil, nil] if t.nil?
    t = Time.at(t) unless t.is_a?(Time)
    [t.to_i, t.nsec]
  end

  def lstat = File.lstat(path)
  def chmod(mode) = File.__fchmod(fileno, mode)
  def chown(owner, group) = File.__fchown(fileno, owner, group)
  def truncate(length)
    flush
    File.__ftruncate(fileno, length)
  end
end

class IO
  def stat = File::Stat.__from(File.__stat(fileno, true, "rb_io_stat"))
end

# FileTest: the File predicates as module functions.
module FileTest
  %i[blockdev? chardev? directory? empty? executable? executable_real? exist? exists? file?
     grpowned? identical? owned? pipe? readable? readable_real? setgid? setuid? size size?
     socket? sticky? symlink? world_readable? world_writable? writable? writable_real?
     zero?].each do |m|
    define_method(m) { |*args| File.__send__(m, *args) }
    module_function m
  end
end
