# tempfile: Tempfile (a File in Dir.tmpdir with a unique name, deleted by close!/unlink;
# other calls go to the File) and Tempfile.create (a plain File, deleted after the block).
require 'tmpdir'

class Tempfile
  def self.create(basename = "", tmpdir = nil, mode: 0, **_opts)
    path = Dir.__tmpname(basename, tmpdir || Dir.tmpdir)
    f = File.open(path, "w+")
    return f unless block_given?
    begin
      yield f
    ensure
      f.close unless f.closed?
      File.delete(path) if File.exist?(path)
    end
  end

  def self.open(*args, **kw)
    t = new(*args, **kw)
    return t unless block_given?
    begin
      yield t
    ensure
      t.close
    end
  end

  def initialize(basename = "", tmpdir = nil, mode: 0, **_opts)
    @path = Dir.__tmpname(basename, tmpdir || Dir.tmpdir)
    @file = File.open(@path, "w+")
    @unlinked = false
  end

  def path = @unlinked ? nil : @path

  def open
    @file.close unless @file.closed?
    @file = File.open(@path, "r+")
    self
  end

  def close(unlink_now = false)
    @file.close unless @file.closed?
    unlink if unlink_now
    nil
  end

  def close!
    close(true)
  end

  def unlink
    return if @unlinked
    File.delete(@path) if File.exist?(@path)
    @unlinked = true
  end
  alias delete unlink

  def size
    @file.flush unless @file.closed?
    File.size(@path)
  end
  alias length size

  def inspect = "#<Tempfile:#{@path}#{@file.closed? ? ' (closed)' : ''}>"
  alias to_s inspect

  # (Kernel's private print/puts/... would hide the File's from method_missing.)
  %i[print puts printf putc gets readline readlines write read].each do |m|
    define_method(m) { |*args, &blk| @file.__send__(m, *args, &blk) }
  end

  def respond_to_missing?(name, priv = false) = @file.respond_to?(name, priv) || super

  def method_missing(name, *args, &blk)
    return super unless @file.respond_to?(name)
    r = @file.__send__(name, *args, &blk)
    r.equal?(@file) ? self : r
  end
end
