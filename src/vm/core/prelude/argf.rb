# ARGF ($<): the files named in ARGV read as one stream, each shifted out of ARGV as it
# is opened ("-" is $stdin), or $stdin when ARGV is empty at the first read; lineno
# counts across files and $. follows it. Kernel#gets, readline and readlines read ARGF.
# IO#lineno and $. for a single IO: IO#gets counts (core/io.cc).
ARGF = Class.new do
  include Enumerable

  def self.name = "ARGF.class"
  def self.to_s = name
  def self.inspect = name

  def initialize
    @lineno = 0
    @state = nil   # nil: not started; :stdin; :next (open ARGV's next); :open
  end

  def to_s = "ARGF"
  alias_method :inspect, :to_s
  def argv = ARGV

  # Makes the current file ready; false once every file is read. Names added to ARGV
  # are read after $stdin too.
  def __next
    if @state.nil?
      @state = ARGV.empty? ? :stdin : :next
      if @state == :stdin
        @file = $stdin
        @filename = "-"
      end
    elsif @state == :stdin && !ARGV.empty?
      @state = :next
    end
    if @state == :next
      return false if ARGV.empty?
      @filename = ARGV.shift.to_s
      @file = @filename == "-" ? $stdin : File.open(@filename, "r")
      @state = :open
    end
    true
  end

  # The current file is read: closes it and moves on (false when reading $stdin).
  def __advance
    return false if @state == :stdin
    @file.close unless @file.equal?($stdin) || @file.closed?
    @state = :next
    true
  end

  def filename
    __next
    @filename
  end
  alias_method :path, :filename

  def file
    __next
    @file
  end
  alias_method :to_io, :file

  def fileno = file.fileno
  def lineno = @lineno

  def lineno=(n)
    @lineno = n
    $. = n
  end

  def gets(*args, **opts)
    loop do
      unless __next
        $_ = nil
        return nil
      end
      line = @file.gets(*args, **opts)
      if line
        @lineno += 1
        $. = @lineno
        return line
      end
      return nil unless __advance
    end
  end

  IO.__define_readers(self)
  alias_method :to_a, :readlines

  # As CRuby's argf_read: nil when nothing could be read with a length, or when no
  # file is left.
  def read(length = nil, buf = nil)
    out = nil
    while __next
      chunk = @file.read(length && length - (out ? out.bytesize : 0))
      out = out.nil? ? chunk : (chunk ? out << chunk : out)
      if chunk.nil? || length.nil?
        break unless __advance
      elsif out.bytesize >= length
        break
      end
    end
    return out unless buf
    buf.replace(out || "")
    out && buf
  end

  def readpartial(maxlen, buf = nil)
    raise EOFError, "end of file reached" unless __next
    file.readpartial(maxlen, buf)
  end

  # The next character or byte (reader :getc or :getbyte) across the files.
  def __unit(reader)
    while __next
      c = @file.send(reader)
      return c if c
      break unless __advance
    end
    nil
  end
  private :__unit

  def getc = __unit(:getc)
  def getbyte = __unit(:getbyte)

  def eof?
    __next
    @file.eof?
  end
  alias_method :eof, :eof?

  def skip
    __advance if @state == :open
    self
  end

  def close
    __next
    __advance
    self
  end

  def closed?
    __next
    @file.closed?
  end

  def pos = file.pos
  alias_method :tell, :pos

  def pos=(n)
    file.pos = n
  end

  def rewind
    file.rewind
    @lineno = 0
    0
  end

  def binmode
    file.binmode
    self
  end

  def binmode? = file.binmode?
  def external_encoding = file.external_encoding
  def internal_encoding = file.internal_encoding
  def write(*args) = $stdout.write(*args)
end.new

$< = ARGF
$. = 0

class IO
  def lineno
    __buffered   # IOError unless open for reading
    @__lineno || 0
  end

  def lineno=(n)
    @__lineno = Integer(n)
  end
end

module Kernel
  private

  def gets(*args, **opts) = ARGF.gets(*args, **opts)
  def readline(*args, **opts) = ARGF.readline(*args, **opts)
  def readlines(*args, **opts) = ARGF.readlines(*args, **opts)
end
