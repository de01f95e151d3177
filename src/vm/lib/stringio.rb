# stringio: StringIO, an IO over a String (also what DATA is). Positions are byte
# offsets, as in CRuby; writing overwrites from the position and extends the string.
class StringIO
  include Enumerable

  VERSION = "3.0.1"

  def self.open(string = +"", mode = nil)
    io = new(string, mode)
    return io unless block_given?
    begin
      yield io
    ensure
      io.close unless io.closed?
    end
  end

  def initialize(string = +"", mode = nil)
    @string = string
    mode ||= string.frozen? ? "r" : "r+"
    mode = mode.to_s
    @readable = mode.start_with?("r") || mode.include?("+")
    @writable = !mode.start_with?("r") || mode.include?("+")
    if @writable && string.frozen?
      raise Errno::EACCES, "Permission denied" if defined?(Errno::EACCES)
      raise IOError, "not opened for writing"
    end
    @append = mode.start_with?("a")
    @string.replace("") if mode.start_with?("w")
    @pos = 0
    @lineno = 0
    @closed_read = false
    @closed_write = false
  end

  attr_accessor :lineno

  def string
    @string
  end

  def string=(str)
    @string = str
    @pos = 0
    @lineno = 0
    str
  end

  def pos
    @pos
  end
  alias tell pos

  def pos=(n)
    raise Errno::EINVAL, "Invalid argument" if n < 0 && defined?(Errno::EINVAL)
    @pos = n
  end

  def seek(offset, whence = 0)
    case whence
    when 0, :SET then @pos = offset
    when 1, :CUR then @pos += offset
    when 2, :END then @pos = @string.bytesize + offset
    end
    0
  end

  def rewind
    @pos = 0
    @lineno = 0
    0
  end

  def size
    @string.bytesize
  end
  alias length size

  def eof?
    check_readable
    @pos >= @string.bytesize
  end
  alias eof eof?

  def truncate(len)
    if len < @string.bytesize
      @string.replace(@string.byteslice(0, len))
    else
      @string << "\0" * (len - @string.bytesize)
    end
    0
  end

  def close
    @closed_read = @closed_write = true
    nil
  end

  def close_read
    @closed_read = true
    nil
  end

  def close_write
    @closed_write = true
    nil
  end

  def closed?
    @closed_read && @closed_write
  end

  def closed_read?
    @closed_read
  end

  def closed_write?
    @closed_write
  end

  def sync
    true
  end

  def sync=(v)
    v
  end

  def flush
    self
  end

  def fsync
    0
  end

  def fileno
    nil
  end

  def isatty
    false
  end
  alias tty? isatty

  def binmode
    self
  end

  # The String takes the encoding (nil: the default external) unless it is frozen; reads
  # return text in it either way.
  def set_encoding(ext, _int = nil, **_opts)
    enc = ext.nil? ? Encoding.default_external : Encoding.find(ext.to_s)
    enc = ext if ext.is_a?(Encoding)
    @enc = enc
    @string.force_encoding(enc) unless @string.frozen?
    self
  end

  def external_encoding
    @enc || @string.encoding
  end

  def internal_encoding
    nil
  end

  # --- writing ---------------------------------------------------------------------

  def write(*objs)
    check_writable
    total = 0
    objs.each do |obj|
      s = obj.to_s
      total += s.bytesize
      next if s.empty?
      @pos = @string.bytesize if @append
      len = @string.bytesize
      enc = @string.encoding # the bytes go in as they are; the String keeps its encoding
      if s.encoding != enc && !s.ascii_only? && ![enc, s.encoding].intersect?([Encoding::ASCII_8BIT, Encoding::US_ASCII])
        s = begin
          s.encode(enc)
        rescue EncodingError
          s
        end
      end
      @string.force_encoding(Encoding::ASCII_8BIT)
      if @pos == len
        @string << s.b
      elsif @pos > len
        @string << "\0" * (@pos - len) << s.b
      else
        tail = @string.byteslice(@pos + s.bytesize, len) || ""
        @string.replace(@string.byteslice(0, @pos) + s.b + tail)
      end
      @string.force_encoding(enc)
      @pos += s.bytesize
    end
    total
  end
  alias syswrite write
  alias write_nonblock write

  def <<(obj)
    write(obj)
    self
  end

  def print(*objs)
    objs = [$_] if objs.empty?
    objs.each_with_index do |o, i|
      write($,) if i > 0 && $,
      write(o.to_s)
    end
    write($\) if $\
    nil
  end

  def puts(*objs)
    if objs.empty?
      write("\n")
      return nil
    end
    objs.each { |o| puts_one(o, []) }
    nil
  end

  def printf(fmt, *args)
    write(format(fmt, *args))
    nil
  end

  def putc(c)
    write(c.is_a?(Integer) ? (c & 0xff).chr : c.to_s[0])
    c
  end

  # --- reading ---------------------------------------------------------------------

  def read(length = nil, outbuf = nil)
    check_readable
    rest = @string.byteslice(@pos, @string.bytesize) || ""
    if length
      raise ArgumentError, "negative length #{length} given" if length < 0
      rest = rest.byteslice(0, length)
      rest.force_encoding(Encoding::ASCII_8BIT)
      if rest.empty? && length > 0
        outbuf&.replace("")
        return nil
      end
    end
    @pos += rest.bytesize
    rest.force_encoding(@enc) if @enc && !length
    return outbuf.replace(rest) if outbuf
    rest
  end

  def read_nonblock(length, outbuf = nil, exception: true)
    s = read(length, outbuf)
    raise EOFError, "end of file reached" if s.nil? && exception
    s
  end

  def readpartial(length, outbuf = nil)
    s = read(length, outbuf)
    raise EOFError, "end of file reached" if s.nil?
    s
  end
  alias sysread readpartial

  def gets(*args, chomp: false)
    check_readable
    sep, limit = gets_args(args)
    len = @string.bytesize
    if @pos >= len
      $_ = nil
      return nil
    end
    if sep.nil?
      stop = len
    elsif sep.empty?   # paragraph mode
      @pos += 1 while @pos < len && @string.getbyte(@pos) == 10
      return ($_ = nil) if @pos >= len
      i = @string.byteindex("\n\n", @pos) if @string.respond_to?(:byteindex)
      i ||= @string.byteslice(0, len).index("\n\n", @pos)
      stop = i ? i + 2 : len
    else
      i = byte_index(sep, @pos)
      stop = i ? i + sep.bytesize : len
    end
    stop = @pos + limit if limit && limit >= 0 && @pos + limit < stop
    line = @string.byteslice(@pos, stop - @pos)
    @pos = stop
    if sep && sep.empty?
      @pos += 1 while @pos < len && @string.getbyte(@pos) == 10
    end
    @lineno += 1
    if chomp
      if sep.nil?
      elsif sep.empty?
        line = line.sub(/\n+\z/, "")
      elsif line.end_with?(sep)
        line = line[0, line.length - sep.length]
        line = line.chomp("\r") if sep == "\n"
      end
    end
    $_ = line
    line
  end

  def readline(*args, chomp: false)
    line = gets(*args, chomp: chomp)
    raise EOFError, "end of file reached" if line.nil?
    line
  end

  def each_line(*args, chomp: false)
    unless block_given?
      return to_enum(:each_line, *args) unless chomp
      return Enumerator.new { |y| each_line(*args, chomp: true) { |l| y << l } }
    end
    while (line = gets(*args, chomp: chomp))
      yield line
    end
    self
  end
  alias each each_line

  def readlines(*args, chomp: false)
    lines = []
    while (line = gets(*args, chomp: chomp))
      lines << line
    end
    lines
  end

  def getc
    check_readable
    return nil if @pos >= @string.bytesize
    rest = @string.byteslice(@pos, @string.bytesize)
    c = rest[0]
    @pos += c.bytesize
    c
  end

  def readchar
    c = getc
    raise EOFError, "end of file reached" if c.nil?
    c
  end

  def getbyte
    check_readable
    return nil if @pos >= @string.bytesize
    b = @string.getbyte(@pos)
    @pos += 1
    b
  end

  def readbyte
    b = getbyte
    raise EOFError, "end of file reached" if b.nil?
    b
  end

  def each_char
    return to_enum(:each_char) unless block_given?
    while (c = getc)
      yield c
    end
    self
  end

  def each_byte
    return to_enum(:each_byte) unless block_given?
    while (b = getbyte)
      yield b
    end
    self
  end

  def ungetc(c)
    check_readable
    return nil if c.nil?
    c = c.chr if c.is_a?(Integer)
    if @pos == 0
      @string.replace(c + @string)
    elsif @pos > @string.bytesize
      @string << "\0" * (@pos - @string.bytesize)
      @pos -= c.bytesize
      @string.replace(@string.byteslice(0, @pos) + c)
    else
      @pos -= c.bytesize
      if @pos < 0
        @string.replace(c + (@string.byteslice(c.bytesize + @pos, @string.bytesize) || ""))
        @pos = 0
      else
        @string.replace(@string.byteslice(0, @pos) + c + @string.byteslice(@pos + c.bytesize, @string.bytesize).to_s)
      end
    end
    nil
  end
  alias ungetbyte ungetc

  def inspect
    "#<StringIO:0x#{'%016x' % (object_id * 8)}>"
  end

  private

  def check_readable
    raise IOError, "not opened for reading" if !@readable || @closed_read
  end

  def check_writable
    raise IOError, "not opened for writing" if !@writable || @closed_write
    raise FrozenError, "can't modify frozen String: #{@string.inspect}" if @string.frozen?
  end

  def gets_args(args)
    sep = $/
    limit = nil
    case args.size
    when 0
    when 1
      if args[0].nil? || args[0].is_a?(String)
        sep = args[0]
      else
        limit = args[0].to_int
      end
    else
      sep = args[0]
      limit = args[1]&.to_int
    end
    [sep, limit]
  end

  def byte_index(sep, from)
    i = @string.index(sep, char_offset(from))
    i && @string[0, i].bytesize
  end

  def char_offset(byte_pos)
    return byte_pos if @string.ascii_only?
    (@string.byteslice(0, byte_pos) || "").length
  end

  def puts_one(obj, seen)
    if obj.is_a?(Array)
      if seen.include?(obj.object_id)
        write("[...]\n")
        return
      end
      seen << obj.object_id
      obj.each { |o| puts_one(o, seen) }
      seen.pop
      return
    end
    s = obj.nil? ? "" : obj.to_s
    s = obj.inspect unless s.is_a?(String)
    write(s)
    write("\n") unless s.end_with?("\n")
  end
end
