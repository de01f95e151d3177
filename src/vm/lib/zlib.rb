# zlib: Zlib as CRuby's: crc32/adler32, one-shot deflate/inflate and gzip/gunzip, the
# streaming Zlib::Deflate and Zlib::Inflate, and the gzip file format (GzipWriter,
# GzipReader: header with name, comment and mtime, CRC-32 and length footer, several
# members for zcat), with Zlib::Error and GzipFile::Error subclasses and their
# messages. The compression itself is the system zlib's, through Maglev::Zlib
# (core/zlib.cc), so output bytes equal CRuby's.
module Zlib
  VERSION = "2.1.1"
  ZLIB_VERSION = Maglev::Zlib::VERSION

  NO_COMPRESSION = 0
  BEST_SPEED = 1
  BEST_COMPRESSION = 9
  DEFAULT_COMPRESSION = -1
  FILTERED = 1
  HUFFMAN_ONLY = 2
  RLE = 3
  FIXED = 4
  DEFAULT_STRATEGY = 0
  MAX_WBITS = 15
  DEF_MEM_LEVEL = 8
  MAX_MEM_LEVEL = 9
  NO_FLUSH = 0
  PARTIAL_FLUSH = 1
  SYNC_FLUSH = 2
  FULL_FLUSH = 3
  FINISH = 4
  BLOCK = 5
  BINARY = 0
  ASCII = 1
  TEXT = 1
  UNKNOWN = 2
  OS_MSDOS = 0x00
  OS_AMIGA = 0x01
  OS_VMS = 0x02
  OS_UNIX = 0x03
  OS_VMCMS = 0x04
  OS_ATARI = 0x05
  OS_OS2 = 0x06
  OS_MACOS = 0x07
  OS_ZSYSTEM = 0x08
  OS_CPM = 0x09
  OS_TOPS20 = 0x0a
  OS_WIN32 = 0x0b
  OS_QDOS = 0x0c
  OS_RISCOS = 0x0d
  OS_UNKNOWN = 0xff
  OS_CODE = OS_UNIX

  class Error < StandardError; end
  class StreamEnd < Error; end
  class NeedDict < Error; end
  class DataError < Error; end
  class StreamError < Error; end
  class MemError < Error; end
  class BufError < Error; end
  class VersionError < Error; end
  class InProgressError < Error; end

  ERRORS = {1 => StreamEnd, 2 => NeedDict, -2 => StreamError, -3 => DataError,
            -4 => MemError, -5 => BufError, -6 => VersionError}.freeze
  private_constant :ERRORS

  # A native result: raises the [code, message(, unused input)] zlib failed with.
  def self.__check(result)
    if result.is_a?(Array) && result[0].is_a?(Integer) && result[1].is_a?(String)
      raise ERRORS.fetch(result[0], Error), result[1]
    end
    result
  end

  def self.crc32(str = nil, crc = nil) = Maglev::Zlib.crc32(str, crc)
  def self.adler32(str = nil, adler = nil) = Maglev::Zlib.adler32(str, adler)
  def self.crc32_combine(a, b, len) = Maglev::Zlib.crc32_combine(a, b, len)
  def self.adler32_combine(a, b, len) = Maglev::Zlib.adler32_combine(a, b, len)
  def self.zlib_version = ZLIB_VERSION

  def self.crc_table
    Array.new(256) do |n|
      c = n
      8.times { c = c.odd? ? 0xedb88320 ^ (c >> 1) : c >> 1 }
      c
    end
  end

  # What Zlib.gzip writes to: appends to a binary String.
  Sink = Struct.new(:string) do
    def write(bytes)
      string << bytes
      bytes.bytesize
    end
  end
  private_constant :Sink

  def self.deflate(src, level = DEFAULT_COMPRESSION) = Deflate.deflate(src, level)
  def self.inflate(src) = Inflate.inflate(src)

  def self.gzip(src, level: nil, strategy: nil)
    out = String.new(encoding: Encoding::BINARY)
    gz = GzipWriter.new(Sink.new(out), level, strategy)
    gz.write(src)
    gz.finish
    out
  end

  def self.gunzip(src)
    members = GzipFile.__members(src.b, strict: true)
    members.first[:data]
  end

  # The common part of Deflate and Inflate: one zlib stream.
  class ZStream
    def total_in = __info[0]
    def total_out = __info[1]
    def adler = __info[2]
    def data_type = __info[3]
    def avail_in = 0
    def avail_out = 0
    def finished? = @__ended
    alias stream_end? finished?
    def closed? = @__stream.nil?
    alias ended? closed?

    def close
      raise Zlib::Error, "stream is not ready" unless @__stream
      Maglev::Zlib.end(@__stream)
      @__stream = nil
    end
    alias end close

    def reset
      Zlib.__check(Maglev::Zlib.reset(__stream))
      @__ended = false
      @__buffer = +""
      nil
    end

    def flush_next_out
      out = @__buffer
      @__buffer = String.new(encoding: Encoding::BINARY)
      out
    end

    def finish
      flush_next_out + __run("", FINISH)
    end

    private

    def __stream
      @__stream or raise Zlib::Error, "stream is not ready"
    end

    def __info
      @__info_cache = Maglev::Zlib.info(__stream)
    end

    # Feeds str with the flush mode; the output (with what << buffered before it).
    def __run(str, flush)
      input = @__pending ? @__pending + str.to_s.b : str.to_s.b
      @__pending = nil
      result = Maglev::Zlib.run(__stream, input, flush)
      if result[0] == 2 && result[1].is_a?(String)   # NEED_DICT: keep the rest for later
        @__pending = result[2] > 0 ? input[-result[2]..] : nil
      end
      out, ended, unused = Zlib.__check(result)
      @__ended ||= ended
      @__unused = unused > 0 ? input[-unused..] : nil
      out
    end
  end

  class Deflate < ZStream
    def self.deflate(src, level = DEFAULT_COMPRESSION)
      z = new(level)
      out = z.deflate(src, FINISH)
      z.close
      out
    end

    def initialize(level = nil, wbits = nil, memlevel = nil, strategy = nil)
      @__stream = Zlib.__check(Maglev::Zlib.deflate_new(level || DEFAULT_COMPRESSION, wbits || MAX_WBITS,
                                                        memlevel || DEF_MEM_LEVEL, strategy || DEFAULT_STRATEGY))
      @__ended = false
      @__buffer = String.new(encoding: Encoding::BINARY)
    end

    def deflate(str, flush = NO_FLUSH)
      flush_next_out + __run(str, flush)
    end

    def <<(str)
      @__buffer << __run(str, NO_FLUSH)
      self
    end

    def flush(flush = SYNC_FLUSH)
      return "".b if flush == NO_FLUSH
      deflate("", flush)
    end

    def params(level, strategy)
      @__buffer << Zlib.__check(Maglev::Zlib.params(__stream, level, strategy))
      nil
    end

    def set_dictionary(dictionary)
      Zlib.__check(Maglev::Zlib.set_dictionary(__stream, dictionary))
      dictionary
    end

    def initialize_copy(_)
      raise NotImplementedError, "Zlib::Deflate#dup is not supported"
    end
  end

  class Inflate < ZStream
    def self.inflate(src)
      z = new
      out = z.inflate(src)
      out << z.finish
      z.close
      out
    end

    def initialize(wbits = MAX_WBITS)
      @__stream = Zlib.__check(Maglev::Zlib.inflate_new(wbits))
      @__ended = false
      @__buffer = String.new(encoding: Encoding::BINARY)
      @__unused = nil
    end

    def inflate(str, buffer: nil)
      out = flush_next_out
      if str.nil?
        out << finish
      elsif @__ended
        @__unused = (@__unused || "".b) + str.b
      else
        out << __run(str, SYNC_FLUSH)
      end
      buffer ? buffer.replace(out) : out
    end

    def <<(str)
      @__buffer << inflate(str)
      self
    end

    def finish
      out = flush_next_out
      raise BufError, "buffer error" unless @__ended
      out
    end

    def unused = @__unused

    def sync_point? = false

    def set_dictionary(dictionary)
      Zlib.__check(Maglev::Zlib.set_dictionary(__stream, dictionary))
      dictionary
    end
  end

  # The gzip format (RFC 1952) around raw deflate data.
  class GzipFile
    class Error < Zlib::Error
      attr_reader :input

      def initialize(message = nil, input = nil)
        @input = input
        super(input ? "#{message}, input=#{input.inspect}" : message)
      end
    end
    class NoFooter < Error; end
    class CRCError < Error; end
    class LengthError < Error; end

    MAGIC = "\x1f\x8b".b
    FLAG_MULTIPART = 0x2
    FLAG_EXTRA = 0x4
    FLAG_ORIG_NAME = 0x8
    FLAG_COMMENT = 0x10
    FLAG_ENCRYPT = 0x20
    FLAG_UNKNOWN_MASK = 0xc0
    private_constant :FLAG_MULTIPART, :FLAG_EXTRA, :FLAG_ORIG_NAME, :FLAG_COMMENT,
                     :FLAG_ENCRYPT, :FLAG_UNKNOWN_MASK

    def self.wrap(*args, **kw)
      gz = new(*args, **kw)
      return gz unless block_given?
      begin
        yield gz
      ensure
        gz.close unless gz.closed?
      end
    end

    attr_reader :orig_name, :comment

    def mtime = Time.at(@mtime || 0)
    def os_code = @os_code || OS_CODE
    def level = @level || DEFAULT_COMPRESSION
    def closed? = @closed == true
    def to_io = @io
    def sync = @sync == true
    def sync=(flag)
      @sync = flag
    end

    def close
      io = finish
      io.close if io.respond_to?(:close)
      io
    end

    # The members of a gzip byte string: each {data:, header fields}, with the bytes
    # after the last one in :unused. strict (Zlib.gunzip) reads one member.
    def self.__members(bytes, strict: false)
      members = []
      pos = 0
      loop do
        header = __header(bytes, pos)
        inflater = Inflate.new(-MAX_WBITS)
        data = inflater.inflate(bytes.byteslice(header[:length]..) || "".b)
        raise Error, "unexpected end of string" unless inflater.finished?
        rest = inflater.unused || "".b
        inflater.close
        raise NoFooter, "footer is not found" if rest.empty?
        raise Error, "unexpected end of string" if rest.bytesize < 8
        crc, size = rest.unpack("VV")
        raise CRCError, "invalid compressed data -- crc error" unless crc == Zlib.crc32(data)
        raise LengthError, "invalid compressed data -- length error" unless size == data.bytesize & 0xffffffff
        members << header.merge(data: data)
        pos = bytes.bytesize - rest.bytesize + 8
        unused = bytes.byteslice(pos..)
        if strict || unused.empty? || !unused.start_with?(MAGIC)
          members.last[:unused] = unused.empty? ? nil : unused
          return members
        end
        bytes = unused
        pos = 0
      end
    end

    # The header at bytes[pos..]: its fields and :length, the bytes it takes.
    def self.__header(bytes, pos)
      head = bytes.byteslice(pos, 10) || "".b
      unless head.bytesize >= 2 && head.start_with?(MAGIC)
        rest = bytes.byteslice(pos..).to_s
        raise Error.new("not in gzip format", rest.empty? ? nil : rest)
      end
      raise Error, "unexpected end of file" if head.bytesize < 10
      method, flags, mtime, xfl, os = head.unpack("x2CCVCC")
      raise Error, "unsupported compression method #{method}" unless method == 8
      raise Error, "multi-part gzip file is not supported" if flags & FLAG_MULTIPART != 0
      raise Error, "encrypted gzip file is not supported" if flags & FLAG_ENCRYPT != 0
      raise Error, "unknown flags 0x%02x" % flags if flags & FLAG_UNKNOWN_MASK != 0
      at = pos + 10
      if flags & FLAG_EXTRA != 0
        at += 2 + bytes.byteslice(at, 2).unpack1("v")
      end
      name = comment = nil
      if flags & FLAG_ORIG_NAME != 0
        stop = bytes.index("\0".b, at) or raise Error, "unexpected end of file"
        name = bytes.byteslice(at...stop)
        at = stop + 1
      end
      if flags & FLAG_COMMENT != 0
        stop = bytes.index("\0".b, at) or raise Error, "unexpected end of file"
        comment = bytes.byteslice(at...stop)
        at = stop + 1
      end
      level = xfl == 2 ? BEST_COMPRESSION : xfl == 4 ? BEST_SPEED : DEFAULT_COMPRESSION
      {mtime: mtime, os_code: os, level: level, orig_name: name, comment: comment, length: at - pos}
    end
  end

  class GzipWriter < GzipFile
    def self.open(filename, level = nil, strategy = nil, **opts, &block)
      wrap(File.open(filename, "wb"), level, strategy, **opts, &block)
    end

    def initialize(io, level = nil, strategy = nil, **_opts)
      @io = io
      @level = level || DEFAULT_COMPRESSION
      @deflate = Deflate.new(@level, -MAX_WBITS, DEF_MEM_LEVEL, strategy || DEFAULT_STRATEGY)
      @crc = Zlib.crc32
      @size = 0
      @header_written = false
      @mtime = nil
      @closed = false
    end

    def mtime=(time)
      __check_open
      raise GzipFile::Error, "header is already written" if @header_written
      @mtime = time.to_i
    end

    def orig_name=(name)
      __check_open
      raise GzipFile::Error, "header is already written" if @header_written
      @orig_name = name.to_s.b.sub(/\0.*/m, "")
    end

    def comment=(text)
      __check_open
      raise GzipFile::Error, "header is already written" if @header_written
      @comment = text.to_s.b.sub(/\0.*/m, "")
    end

    def write(*strs)
      __check_open
      strs.sum do |s|
        s = s.to_s
        bytes = s.b
        __header
        @crc = Zlib.crc32(bytes, @crc)
        @size += bytes.bytesize
        out = @deflate.deflate(bytes, @sync ? SYNC_FLUSH : NO_FLUSH)
        @io.write(out) unless out.empty?
        bytes.bytesize
      end
    end

    def <<(str)
      write(str)
      self
    end

    def print(*args)
      args = [$_] if args.empty?
      write(args.join($, || ""))
      write($\) if $\
      nil
    end

    def puts(*args)
      return write("\n") && nil if args.empty?
      args.flatten.each do |a|
        s = a.to_s
        write(s.end_with?("\n") ? s : "#{s}\n")
      end
      nil
    end

    def printf(format, *args)
      write(format % args)
      nil
    end

    def putc(ch)
      write(ch.is_a?(Integer) ? (ch & 0xff).chr : ch.to_s[0])
      ch
    end

    def flush(flush = SYNC_FLUSH)
      __header
      out = @deflate.flush(flush)
      @io.write(out) unless out.empty?
      @io.flush if @io.respond_to?(:flush)
      self
    end

    def tell = @size
    alias pos tell

    def finish
      __check_open
      __header
      @io.write(@deflate.finish)
      @deflate.close
      @io.write([@crc, @size & 0xffffffff].pack("VV"))
      @closed = true
      @io
    end

    private

    def __check_open
      raise GzipFile::Error, "closed gzip stream" if @closed
    end

    def __header
      return if @header_written
      @header_written = true
      flags = 0
      flags |= 0x8 if @orig_name
      flags |= 0x10 if @comment
      xfl = @level == BEST_SPEED ? 4 : @level == BEST_COMPRESSION ? 2 : 0
      mtime = @mtime.nil? || @mtime.zero? ? Time.now.to_i : @mtime
      head = [0x1f, 0x8b, 8, flags, mtime, xfl, OS_CODE].pack("CCCCVCC")
      head << @orig_name << "\0" if @orig_name
      head << @comment << "\0" if @comment
      @io.write(head)
    end
  end

  class GzipReader < GzipFile
    include Enumerable

    def self.open(filename, **opts, &block)
      wrap(File.open(filename, "rb"), **opts, &block)
    end

    def self.zcat(io, **_opts, &block)
      members = GzipFile.__members(io.read.to_s.b)
      return members.each { |m| yield m[:data] } && nil if block
      members.map { |m| m[:data] }.join
    end

    def initialize(io, external_encoding: nil, encoding: nil, **_opts)
      @io = io
      member = GzipFile.__members(io.read.to_s.b, strict: true).first
      @mtime = member[:mtime]
      @os_code = member[:os_code]
      @level = member[:level]
      @orig_name = member[:orig_name]
      @comment = member[:comment]
      @unused = member[:unused]
      enc = external_encoding || encoding || Encoding.default_external
      @data = member[:data].dup.force_encoding(enc)
      @pos = 0
      @lineno = 0
      @closed = false
    end

    attr_reader :unused
    attr_accessor :lineno

    def external_encoding = @data.encoding

    # The data not read yet (byteslice(from, len): maglev's byteslice(range) costs the
    # whole string's length).
    def __rest = @data.byteslice(@pos, @data.bytesize - @pos)
    private :__rest
    def eof? = @pos >= @data.bytesize
    alias eof eof?
    def tell = @pos
    alias pos tell

    def rewind
      @pos = 0
      @lineno = 0
      0
    end

    def read(length = nil, outbuf = nil)
      raise ArgumentError, "negative length #{length} given" if length && length < 0
      if length.nil?
        out = __rest || +""
        @pos = @data.bytesize
        out.force_encoding(@data.encoding)
      else
        return (length.zero? ? "".b : nil) if eof? && !length.zero?
        out = @data.byteslice(@pos, length).b
        @pos += out.bytesize
        return nil if out.empty? && length > 0
      end
      outbuf ? outbuf.replace(out) : out
    end

    def readpartial(maxlen, outbuf = nil)
      raise EOFError, "end of file reached" if eof?
      read(maxlen, outbuf)
    end

    def getc
      return nil if eof?
      ch = __rest[0]
      @pos += ch.bytesize
      ch
    end

    def readchar = getc || raise(EOFError, "end of file reached")

    def getbyte
      return nil if eof?
      b = @data.getbyte(@pos)
      @pos += 1
      b
    end

    def readbyte = getbyte || raise(EOFError, "end of file reached")

    def each_byte
      return to_enum(:each_byte) unless block_given?
      while (b = getbyte)
        yield b
      end
      self
    end

    def each_char
      return to_enum(:each_char) unless block_given?
      while (c = getc)
        yield c
      end
      self
    end

    def gets(sep = $/, limit = nil, chomp: false)
      sep, limit = $/, sep if sep.is_a?(Integer)
      return nil if eof?
      rest = __rest
      line = if sep.nil?
               rest
             elsif sep.empty?
               rest.sub(/\A\n+/, "")[/\A.*?(?:\n\n+|\z)/m]
             else
               (stop = rest.index(sep)) ? rest[0, stop + sep.size] : rest
             end
      line = line.byteslice(0, limit) if limit && limit >= 0 && line.bytesize > limit
      @pos += line.bytesize + (sep == "" ? rest.bytesize - rest.sub(/\A\n+/, "").bytesize : 0)
      @lineno += 1
      $_ = chomp ? line.chomp(sep.to_s.empty? ? "\n" : sep) : line
    end

    def readline(*args, **kw) = gets(*args, **kw) || raise(EOFError, "end of file reached")

    def each_line(*args, **kw)
      return to_enum(:each_line, *args, **kw) unless block_given?
      while (line = gets(*args, **kw))
        yield line
      end
      self
    end
    alias each each_line

    def readlines(*args, **kw) = each_line(*args, **kw).to_a

    def ungetc(str)
      @data = @data.byteslice(0, @pos) + str.to_s + __rest
      nil
    end

    def finish
      @closed = true
      @io
    end
  end
end
