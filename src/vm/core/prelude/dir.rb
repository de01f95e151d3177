# Dir objects: Dir.new/open over a snapshot of the entries (Dir.entries, core/file.cc)
# read in readdir order; pos/tell/seek are indexes into it. Dir's class methods are
# core/prelude/io.rb.

class Dir
  include Enumerable

  def initialize(path, encoding: nil)
    @path = path.respond_to?(:to_path) ? path.to_path : path.to_str
    @__entries = Dir.entries(@path)
    @__pos = 0
    @__closed = false
  end

  def self.open(path, **opts)
    d = new(path, **opts)
    return d unless block_given?
    begin
      yield d
    ensure
      d.close
    end
  end

  attr_reader :path
  alias to_path path
  def inspect = "#<Dir:#{@path}>"

  def read
    __check_open
    e = @__entries[@__pos]
    @__pos += 1 if e
    e
  end

  def each(&blk)
    return to_enum(:each) unless blk
    while (e = read)
      blk.call(e)
    end
    self
  end

  def children
    __check_open
    @__entries - %w[. ..]
  end

  def each_child(&blk)
    return to_enum(:each_child) unless blk
    children.each(&blk)
    self
  end

  def pos
    __check_open
    @__pos
  end
  alias tell pos

  def seek(pos)
    __check_open
    @__pos = pos
    self
  end

  def pos=(pos)
    seek(pos)
    pos
  end

  def rewind = seek(0)

  def close
    @__closed = true
    nil
  end

  private

  def __check_open = @__closed && raise(IOError, "closed directory")
end
