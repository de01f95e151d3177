# IO, File and Dir in Ruby over the primitives of core/io.cc and core/file.cc:
# line iteration, File.open with a block, class-level readers and writers, path
# predicates, Dir.glob, and Kernel#open/readlines.

class IO
  include Enumerable

  SEEK_SET = 0
  SEEK_CUR = 1
  SEEK_END = 2

  # The readers over gets, getc and getbyte (each_line/each, readlines, readline,
  # readchar, readbyte, each_char, each_byte), defined in klass: IO and ARGF's class
  # (core/prelude/argf.rb).
  def self.__define_readers(klass)
    klass.class_eval do
      def each_line(*args, **opts)
        return to_enum(:each_line, *args, **opts) unless block_given?
        while (line = gets(*args, **opts))
          yield line
        end
        self
      end
      alias_method :each, :each_line

      def readlines(*args, **opts)
        lines = []
        while (line = gets(*args, **opts))
          lines << line
        end
        lines
      end
      def readline(*args, **opts) = gets(*args, **opts) || raise(EOFError, "end of file reached")
      def readchar = getc || raise(EOFError, "end of file reached")
      def readbyte = getbyte || raise(EOFError, "end of file reached")

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
    end
  end
  __define_readers(self)

  def syswrite(s) = write(s)
  def to_io = self
  # Encodings: an IO given an external (and internal) encoding, or put in binmode, tags
  # what it reads with it (transcoded to the internal one) through EncodedInput.
  def binmode
    @__binmode = true
    __set_encodings(Encoding::ASCII_8BIT, nil)
  end

  def binmode? = @__binmode || false

  def set_encoding(ext, int = nil, **)
    if ext.is_a?(String) && ext.include?(":") && int.nil?
      ext, int = ext.split(":", 2)
    end
    __set_encodings(ext && Encoding.find(ext.to_s.delete_prefix("BOM|")), int && Encoding.find(int))
  end

  def __set_encodings(ext, int)
    int = nil if int == ext
    @__ext_enc = ext
    @__int_enc = int
    extend(EncodedInput) if ext && !is_a?(EncodedInput)
    self
  end

  def external_encoding = @__ext_enc || (@__write_only ? nil : Encoding.default_external)
  def internal_encoding = @__int_enc

  # Text read from an IO with encodings: in the external encoding, or converted to the
  # internal one.
  module EncodedInput
    def read(length = nil, buf = nil)
      r = super
      return r if r.nil? || length
      __decode(r)
    end

    def gets(*args, **opts)
      l = super
      l && __decode(l)
    end

    def getc
      c = super
      c && __decode(c)
    end

    def __decode(s)
      s.force_encoding(@__ext_enc)
      @__int_enc ? s.encode(@__int_enc) : s
    end
  end
  def fsync = (flush; 0)
  def fdatasync = fsync
  def autoclose? = true
  def close_on_exec? = true
  def close_read = (close if !closed? && __close_direction(1); nil)
  def close_write = (close if !closed? && __close_direction(2); nil)

  def self.readlines(path, *args, **opts)
    enc = opts.slice(:encoding, :external_encoding, :internal_encoding, :binmode)
    File.open(path, opts[:mode] || "r", **enc) { |f| f.readlines(*args, **opts.except(*enc.keys, :mode)) }
  end
  def self.read(path, length = nil, offset = nil, **opts)
    File.open(path, opts[:mode] || "r", **opts.slice(:encoding, :external_encoding, :internal_encoding, :binmode)) do |f|
      f.seek(offset) if offset
      f.read(length)
    end
  end
  def self.write(path, data, offset = nil, **opts) = File.write(path, data, offset, **opts)
  def self.binread(path, length = nil, offset = nil) = read(path, length, offset)&.b
  def self.binwrite(path, data, offset = nil) = write(path, data, offset)

  def self.foreach(path, *args, **opts, &blk)
    return to_enum(:foreach, path, *args, **opts) unless blk
    File.open(path) { |f| f.each_line(*args, **opts, &blk) }
    nil
  end

  def self.try_convert(o) = o.is_a?(IO) ? o : (o.respond_to?(:to_io) ? o.to_io : nil)
end

class File < IO
  # The open flags, flock operations and fnmatch flags (Linux values); IO includes the
  # module, so IO::RDWR and File::RDWR both name them, as in CRuby.
  module Constants
    RDONLY = 0
    WRONLY = 1
    RDWR = 2
    APPEND = 1024
    CREAT = 64
    EXCL = 128
    TRUNC = 512
    NONBLOCK = 2048
    NOCTTY = 256
    DSYNC = 4096
    SYNC = 1052672
    RSYNC = 1052672
    DIRECT = 16384
    NOFOLLOW = 131072
    NOATIME = 262144
    TMPFILE = 4259840
    BINARY = 0
    SHARE_DELETE = 0
    LOCK_SH = 1
    LOCK_EX = 2
    LOCK_NB = 4
    LOCK_UN = 8
    FNM_NOESCAPE = 1
    FNM_PATHNAME = 2
    FNM_DOTMATCH = 4
    FNM_CASEFOLD = 8
    FNM_EXTGLOB = 16
    FNM_SYSCASE = 0
    FNM_SHORTNAME = 0
    NULL = "/dev/null"
  end
end

class IO
  include File::Constants
end

class File < IO
  ALT_SEPARATOR = nil
  PATH_SEPARATOR = ":"
  Separator = SEPARATOR

  # "r", "w+", "ab", File::WRONLY | File::CREAT ... as fopen's mode letters.
  def self.__mode_string(mode)
    return "r" if mode.nil?
    return mode if mode.is_a?(Integer)   # open(2) flags, as they are
    m = mode.to_str.sub(/:.*\z/, "")
    raise ArgumentError, "invalid access mode #{m}" unless m.match?(/\A[rwa]\+?[bt]?\+?x?\z/)
    m.delete("bt")
  end

  def self.new(path, mode = nil, perm = nil, **opts)
    mode ||= opts[:mode]
    f = __open(path, __mode_string(mode), perm || 0o666)
    __apply_encodings(f, mode, opts)
  end

  # "r:EXT:INT", encoding: "EXT:INT", external_encoding:/internal_encoding:, "b" / binmode:.
  def self.__apply_encodings(f, mode, opts)
    ext = int = nil
    f.instance_variable_set(:@__write_only, true) if mode.is_a?(Integer) && mode & 3 == WRONLY
    if mode.is_a?(String)
      f.instance_variable_set(:@__write_only, true) if mode.start_with?("w", "a") && !mode.include?("+")
      m, ext, int = mode.split(":", 3)
      if m.include?("b") || opts[:binmode]
        f.instance_variable_set(:@__binmode, true)
        ext ||= "ASCII-8BIT"
      end
    end
    ext, int = opts[:encoding].to_s.split(":", 2) if opts[:encoding]
    ext = opts[:external_encoding] if opts[:external_encoding]
    int = opts[:internal_encoding] if opts[:internal_encoding]
    ext = "ASCII-8BIT" if ext.nil? && opts[:binmode]
    return f unless ext || int
    ext = Encoding.find(ext.to_s.delete_prefix("BOM|")) if ext
    f.__set_encodings(ext || Encoding.default_external, int && Encoding.find(int))
  end

  def self.open(*args, **opts)
    f = new(*args, **opts)
    return f unless block_given?
    begin
      yield f
    ensure
      f.close unless f.closed?
    end
  end

  def self.read(path, length = nil, offset = nil, **opts) = IO.read(path, length, offset, **opts)

  def self.write(path, data, offset = nil, **opts)
    mode = opts[:mode] || (offset ? "r+" : "w")
    mode = "w" if offset && !exist?(path)
    open(path, mode) do |f|
      f.seek(offset) if offset
      f.write(data)
    end
  end

  def self.readlines(path, *args, **opts) = IO.readlines(path, *args, **opts)

  def path = @path
  alias to_path path
  def size = __size
  def mtime = File.mtime(@path)
  def atime = File.atime(@path)
  def ctime = File.ctime(@path)
  def flock(*) = 0

  def self.exist?(path) = !__ftype(path).nil? && (__ftype(path) != "link" || file?(path) || directory?(path))
  def self.exists?(path) = exist?(path)
  def self.file?(path) = __ftype(File.__follow(path)) == "file"
  def self.directory?(path) = __ftype(File.__follow(path)) == "directory"
  def self.symlink?(path) = __ftype(path) == "link"
  def self.pipe?(path) = __ftype(path) == "fifo"
  def self.socket?(path) = __ftype(path) == "socket"
  def self.ftype(path) = __ftype(path) || raise(Errno::ENOENT, "No such file or directory @ rb_file_s_ftype - #{path}")
  def self.__follow(path)
    __ftype(path) == "link" ? (realpath(path) rescue path) : path
  end
  def self.readable?(path) = __access(path, 4)
  def self.writable?(path) = __access(path, 2)
  def self.executable?(path) = __access(path, 1)
  def self.size?(path) = (file?(path) || directory?(path)) && (s = size(path)) > 0 ? s : nil
  def self.zero?(path) = exist?(path) && size(path) == 0
  def self.empty?(path) = zero?(path)
  def self.mtime(path) = Time.at(*__times(path, 0), :nsec)
  def self.atime(path) = Time.at(*__times(path, 1), :nsec)
  def self.ctime(path) = Time.at(*__times(path, 2), :nsec)
  def self.split(path) = [dirname(path), basename(path)]
  def self.absolute_path?(path) = path.to_s.start_with?("/")
  def self.absolute_path(path, dir = nil)
    p = path.to_s
    p = "./#{p}" if p.start_with?("~")
    expand_path(p, dir)
  end
  def self.realdirpath(path, dir = nil) = realpath(expand_path(path, dir)) rescue expand_path(path, dir)
  def self.path(p) = p.respond_to?(:to_path) ? p.to_path : p.to_str
end

class Dir
  def self.exist?(path) = File.directory?(path)
  def self.exists?(path) = exist?(path)
  def self.children(path) = entries(path) - [".", ".."]
  def self.empty?(path) = children(path).empty?
  def self.home(user = nil) = ENV["HOME"] || "/"

  def self.each_child(path, &blk)
    return to_enum(:each_child, path) unless blk
    children(path).each(&blk)
    nil
  end

  def self.foreach(path, &blk)
    return to_enum(:foreach, path) unless blk
    entries(path).each(&blk)
    nil
  end

  def self.chdir(path = home)
    unless block_given?
      __chdir(path)
      return 0
    end
    old = pwd
    __chdir(path)
    begin
      yield path
    ensure
      __chdir(old)
    end
  end

  def self.[](*patterns, base: nil, sort: true)
    patterns.flat_map { |p| glob(p, base: base, sort: sort) }
  end

  # Dir.glob: *, ?, [set], {a,b}, and ** for any depth of directories; matches are
  # sorted per pattern (CRuby's sort: true) and hidden names need DOTMATCH or a dot.
  def self.glob(pattern, flags = 0, base: nil, sort: true, &blk)
    out = []
    Array(pattern).each do |pat|
      __brace_expand(pat.to_s).each do |p|
        found = __glob_one(p, flags, base)
        out.concat(sort ? found.sort : found)
      end
    end
    out.uniq!
    return out unless blk
    out.each(&blk)
    nil
  end

  def self.__brace_expand(pat)
    i = pat.index("{")
    return [pat] unless i
    depth = 0
    j = i
    parts = []
    start = i + 1
    while j < pat.size
      c = pat[j]
      if c == "{" then depth += 1
      elsif c == "}"
        depth -= 1
        if depth == 0
          parts << pat[start...j]
          break
        end
      elsif c == "," && depth == 1
        parts << pat[start...j]
        start = j + 1
      end
      j += 1
    end
    return [pat] if depth != 0
    head = pat[0...i]
    tail = pat[(j + 1)..]
    parts.flat_map { |p| __brace_expand(head + p + tail) }
  end

  def self.__glob_one(pat, flags, base)
    absolute = pat.start_with?("/")
    segs = pat.split("/").reject(&:empty?)
    root = absolute ? "/" : (base ? base.to_s : ".")
    prefix = absolute ? "/" : ""
    results = []
    __glob_walk(root, prefix, segs, flags, results)
    return results unless pat.end_with?("/")
    base_dir = absolute ? "" : (base ? "#{base}/" : "")
    results.select { |r| File.directory?("#{base_dir}#{r}") }.map { |r| "#{r}/" }
  end

  def self.__glob_walk(dir, prefix, segs, flags, results, plain = true)
    if segs.empty?
      results << prefix.chomp("/") unless prefix.empty?
      return
    end
    seg, *rest = segs
    if seg == "**"
      __glob_walk(dir, prefix, rest, flags, results, false)
      (entries(dir) rescue []).each do |e|
        next if e == "." || e == ".."
        next if e.start_with?(".") && flags & File::FNM_DOTMATCH == 0
        path = dir == "/" ? "/#{e}" : "#{dir}/#{e}"
        next unless File.directory?(path) && !File.symlink?(path)
        __glob_walk(path, "#{prefix}#{e}/", segs, flags, results, false)
      end
      return
    end
    unless seg.match?(/[*?\[\\]/)
      path = dir == "/" ? "/#{seg}" : "#{dir}/#{seg}"
      if rest.empty? ? File.exist?(path) : File.directory?(path)
        __glob_walk(path, "#{prefix}#{seg}#{rest.empty? ? "" : "/"}", rest, flags, results, plain)
      end
      return
    end
    # "." matches only where no wildcard came before (as CRuby 3.1); ".." never.
    dot = plain && (seg.start_with?(".") || flags & File::FNM_DOTMATCH != 0)
    (entries(dir) rescue []).sort.each do |e|
      next if e == ".." || (e == "." && !dot)
      next unless File.fnmatch(seg, e, flags | File::FNM_PATHNAME | (e == "." ? File::FNM_DOTMATCH : 0))
      path = dir == "/" ? "/#{e}" : "#{dir}/#{e}"
      next if !rest.empty? && !File.directory?(path)
      __glob_walk(path, "#{prefix}#{e}#{rest.empty? ? "" : "/"}", rest, flags, results, false)
    end
  end
end

module Kernel
  private

  def open(path, *args, **opts, &blk)
    return path.to_open(*args, **opts, &blk) if path.respond_to?(:to_open)
    File.open(path, *args, **opts, &blk)
  end

end

# ENV: the process environment as a hash-like object of frozen strings.
ENV = Object.new
class << ENV
  include Enumerable

  def [](name) = __env_get(name)
  def fetch(name, *default)
    v = __env_get(name)
    return v if v
    return yield(name) if block_given?
    return default[0] unless default.empty?
    raise KeyError.new("key not found: #{name.inspect}", receiver: self, key: name)
  end
  def []=(name, value)
    __env_set(name, value)
    value
  end
  alias store []=
  def key?(name) = !__env_get(name).nil?
  alias has_key? key?
  alias include? key?
  alias member? key?
  def delete(name)
    v = __env_get(name)
    __env_set(name, nil)
    v.nil? && block_given? ? yield(name) : v
  end
  def to_h(&blk) = blk ? __env_pairs.to_h(&blk) : __env_pairs.to_h
  def to_hash = to_h
  def to_a = __env_pairs
  def keys = __env_pairs.map(&:first)
  def values = __env_pairs.map(&:last)
  def each(&blk)
    return to_enum(:each) { size } unless blk
    __env_pairs.each { |kv| blk.call(*kv) }
    self
  end
  alias each_pair each
  def each_key(&blk) = (keys.each(&blk); self)
  def each_value(&blk) = (values.each(&blk); self)
  def size = __env_pairs.size
  alias length size
  def empty? = size == 0
  def key(value) = __env_pairs.find { |_, v| v == value }&.first
  def value?(value) = __env_pairs.any? { |_, v| v == value }
  alias has_value? value?
  def values_at(*names) = names.map { |n| self[n] }
  def slice(*names) = names.each_with_object({}) { |n, h| v = self[n]; h[n] = v if v }
  def select(&blk) = blk ? to_h.select(&blk) : to_enum(:select) { size }
  alias filter select
  def reject(&blk) = blk ? to_h.reject(&blk) : to_enum(:reject) { size }
  def update(h)
    h.each { |k, v| self[k] = block_given? && key?(k) ? yield(k, self[k], v) : v }
    self
  end
  alias merge! update
  def replace(h)
    keys.each { |k| __env_set(k, nil) unless h.key?(k) }
    update(h)
  end
  def clear = (keys.each { |k| __env_set(k, nil) }; self)
  def inspect = to_h.inspect
  def to_s = "ENV"
  def rehash = nil
  def assoc(name) = (v = self[name]) ? [name, v] : nil
  def rassoc(value) = __env_pairs.find { |_, v| v == value }
  def invert = to_h.invert
  def except(*names) = to_h.except(*names)
  def shift
    pair = __env_pairs.first
    __env_set(pair[0], nil) if pair
    pair
  end
  # delete_if/reject! and keep_if/select! delete the pairs the block rejects; the bang
  # forms return nil when nothing was deleted.
  def delete_if(&blk)
    return to_enum(:delete_if) { size } unless blk
    __env_delete_where { |k, v| blk.call(k, v) }
    self
  end
  def reject!(&blk)
    return to_enum(:reject!) { size } unless blk
    __env_delete_where { |k, v| blk.call(k, v) } ? self : nil
  end
  def keep_if(&blk)
    return to_enum(:keep_if) { size } unless blk
    __env_delete_where { |k, v| !blk.call(k, v) }
    self
  end
  def select!(&blk)
    return to_enum(:select!) { size } unless blk
    __env_delete_where { |k, v| !blk.call(k, v) } ? self : nil
  end
  alias filter! select!

  private

  def __env_delete_where
    doomed = __env_pairs.select { |k, v| yield(k, v) }
    doomed.each { |k, _| __env_set(k, nil) }
    !doomed.empty?
  end
end
