# pathname: Pathname, an immutable path with CRuby's path arithmetic (+, join,
# cleanpath, relative_path_from, parent, each_filename, ascend/descend) and the File,
# Dir and FileTest queries forwarded with the path; Kernel#Pathname.
class Pathname
  include Comparable

  def self.pwd = new(Dir.pwd)
  def self.getwd = new(Dir.pwd)

  def self.glob(*args, **kw, &blk)
    r = Dir.glob(*args, **kw).map { |p| new(p) }
    return r unless blk
    r.each(&blk)
    nil
  end

  def initialize(path)
    path = path.to_path if path.respond_to?(:to_path)
    raise TypeError, "no implicit conversion of #{path.nil? ? 'nil' : path.class} into String" unless path.is_a?(String)
    raise ArgumentError, "pathname contains null byte" if path.include?("\0")
    @path = path.dup
  end

  def to_s = @path.dup
  alias to_path to_s

  def inspect = "#<#{self.class}:#{@path}>"
  def hash = @path.hash

  def ==(other)
    other.is_a?(Pathname) && @path == other.to_s
  end
  alias eql? ==
  alias === ==

  def <=>(other)
    return nil unless other.is_a?(Pathname)
    @path.tr("/", "\0") <=> other.to_s.tr("/", "\0")
  end

  def freeze
    @path.freeze
    super
  end

  def absolute? = @path.start_with?("/")
  def relative? = !absolute?
  def root? = !@path.empty? && @path.delete("/").empty?

  def +(other)
    other = Pathname.new(other) unless other.is_a?(Pathname)
    Pathname.new(plus(@path, other.to_s))
  end
  alias / +

  def join(*args)
    return self if args.empty?
    result = args.pop
    result = Pathname.new(result) unless result.is_a?(Pathname)
    return result if result.absolute?
    args.reverse_each do |arg|
      arg = Pathname.new(arg) unless arg.is_a?(Pathname)
      result = arg + result
      return result if result.absolute?
    end
    self + result
  end

  def parent = self + ".."

  def basename(*args) = Pathname.new(File.basename(@path, *args))
  def dirname = Pathname.new(File.dirname(@path))
  def extname = File.extname(@path)
  def expand_path(*args) = Pathname.new(File.expand_path(@path, *args))
  def realpath(*args) = Pathname.new(File.realpath(@path, *args))
  def realdirpath(*args) = Pathname.new(File.realdirpath(@path, *args))
  def split = File.split(@path).map { |p| Pathname.new(p) }

  def sub(*args, &blk)
    Pathname.new(blk ? @path.sub(*args, &blk) : @path.sub(*args))
  end

  def sub_ext(repl)
    ext = File.extname(@path)
    Pathname.new(@path.chomp(ext) + repl)
  end

  def each_filename(&blk)
    names = @path.split("/").reject(&:empty?)
    return names.each unless blk
    names.each(&blk)
    nil
  end

  def descend
    return to_enum(:descend) unless block_given?
    vs = []
    ascend { |v| vs << v }
    vs.reverse_each { |v| yield v }
    nil
  end

  def ascend
    return to_enum(:ascend) unless block_given?
    path = @path
    yield self
    while (r = chop_basename(path))
      path, = r
      break if path.empty?
      yield Pathname.new(path.sub(%r{/+\z}, "").then { |s| s.empty? ? "/" : s })
    end
  end

  def cleanpath(consider_symlink = false)
    names = []
    pre = @path.start_with?("/") ? "/" : ""
    @path.split("/").each do |n|
      next if n.empty? || n == "."
      if n == ".."
        if names.empty? || names.last == ".."
          names << n unless pre == "/"
        elsif consider_symlink
          names << n
        else
          names.pop
        end
      else
        names << n
      end
    end
    s = pre + names.join("/")
    Pathname.new(s.empty? ? "." : s)
  end

  def relative_path_from(base)
    base = Pathname.new(base) unless base.is_a?(Pathname)
    dest = cleanpath.to_s
    bas = base.cleanpath.to_s
    if dest.start_with?("/") != bas.start_with?("/")
      raise ArgumentError, "different prefix: #{dest.inspect} and #{base.to_s.inspect}"
    end
    d = dest.split("/").reject { |x| x.empty? || x == "." }
    b = bas.split("/").reject { |x| x.empty? || x == "." }
    while !d.empty? && !b.empty? && d.first == b.first
      d.shift
      b.shift
    end
    raise ArgumentError, "base_directory has ..: #{base}" if b.include?("..")
    r = [".."] * b.size + d
    Pathname.new(r.empty? ? "." : r.join("/"))
  end

  def children(with_directory = true)
    Dir.children(@path).sort.map { |c| with_directory ? self + c : Pathname.new(c) }
  end

  def each_child(with_directory = true, &blk)
    children(with_directory).each(&blk)
  end

  def entries = Dir.entries(@path).map { |c| Pathname.new(c) }

  def glob(pattern, &blk)
    r = Dir.glob(pattern, base: @path).map { |p| self + p }
    return r unless blk
    r.each(&blk)
    nil
  end

  def find(&blk)
    return to_enum(:find) unless blk
    yield self
    return unless directory?
    children.each { |c| c.find(&blk) }
  end

  def mkpath(**kw)
    require 'fileutils'
    FileUtils.mkdir_p(@path, **kw)
    self
  end

  def rmtree(**kw)
    require 'fileutils'
    FileUtils.rm_rf(@path, **kw)
    self
  end

  def exist? = File.exist?(@path)
  def file? = File.file?(@path)
  def directory? = File.directory?(@path)
  def symlink? = File.symlink?(@path)
  def readable? = File.readable?(@path)
  def writable? = File.writable?(@path)
  def executable? = File.executable?(@path)
  def zero? = File.zero?(@path)
  def size = File.size(@path)
  def size? = File.size?(@path)
  def mtime = File.mtime(@path)
  def atime = File.atime(@path)
  def ctime = File.ctime(@path)
  def ftype = File.ftype(@path)

  def empty?
    directory? ? Dir.empty?(@path) : File.empty?(@path)
  end

  def read(*args, **kw) = File.read(@path, *args, **kw)
  def binread(*args) = File.binread(@path, *args)
  def readlines(*args, **kw) = File.readlines(@path, *args, **kw)
  def write(*args, **kw) = File.write(@path, *args, **kw)
  def binwrite(*args) = File.binwrite(@path, *args)
  def each_line(*args, **kw, &blk) = File.foreach(@path, *args, **kw, &blk)
  def open(*args, **kw, &blk) = File.open(@path, *args, **kw, &blk)
  def mkdir(*args) = Dir.mkdir(@path, *args)
  def rmdir = Dir.rmdir(@path)
  def opendir(&blk) = Dir.open(@path, &blk)
  def rename(to) = File.rename(@path, to.to_s)

  def delete
    directory? ? Dir.rmdir(@path) : File.delete(@path)
  end
  alias unlink delete

  private

  def chop_basename(path)
    base = File.basename(path)
    return nil if base.empty? || base == "/" || path.sub(%r{/+\z}, "").empty?
    [path[0, path.rindex(base)], base]
  end

  def plus(a, b)
    return b if b.start_with?("/")
    return b if a.empty? || a == "."
    return a if b.empty? || b == "."
    prefix = a
    rest = b.split("/").reject(&:empty?)
    while rest.first == ".."
      break if prefix == "/" || prefix == ".."
      base = File.basename(prefix)
      break if base == ".."
      rest.shift
      parent = File.dirname(prefix)
      prefix = parent
      if prefix == "."
        return rest.empty? ? "." : rest.join("/")
      end
    end
    return prefix if rest.empty?
    prefix.end_with?("/") ? prefix + rest.join("/") : "#{prefix}/#{rest.join('/')}"
  end
end

module Kernel
  private

  def Pathname(path)
    return path if path.is_a?(Pathname)
    Pathname.new(path)
  end
end
