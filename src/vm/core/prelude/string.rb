# String methods written in Ruby on top of the native core (core/string*.cc):
# iteration (lines, chars, codepoints, upto), the tr/delete/squeeze/count character-set
# family, splicing ([]=, slice!, insert), partition, bang forms, byteslice, encode.
class String
  def each_char(&blk)
    return to_enum(:each_char) { size } unless blk
    chars.each(&blk)
    self
  end

  def each_line(sep = (no_sep = true; $/), chomp: false, &blk)
    unless blk   # an enumerator of no known size, as CRuby's
      args = no_sep ? [] : [sep]
      return chomp ? to_enum(:each_line, *args, chomp: chomp) : to_enum(:each_line, *args)
    end
    __lines(sep, chomp).each(&blk)
    self
  end

  def lines(sep = $/, chomp: false, &blk)
    return each_line(sep, chomp: chomp, &blk) if blk
    __lines(sep, chomp)
  end

  def __lines(sep, chomp)
    return (empty? ? [] : [dup]) if sep.nil?
    __lines_native(sep.to_str, chomp)
  end

  def each_byte(&blk)
    return to_enum(:each_byte) { bytesize } unless blk
    bytes.each(&blk)
    self
  end

  def codepoints(&blk)
    return each_codepoint(&blk) if blk
    encoding == Encoding::BINARY ? bytes : unpack("U*")
  end

  def each_codepoint(&blk)
    return to_enum(:each_codepoint) { size } unless blk
    codepoints.each(&blk)
    self
  end

  def each_grapheme_cluster(&blk)
    return to_enum(:each_grapheme_cluster) { grapheme_clusters.size } unless blk
    grapheme_clusters.each(&blk)
    self
  end

  # Extended grapheme clusters (Onigmo's \X) in valid UTF-8; characters otherwise.
  def grapheme_clusters(&blk)
    return each_grapheme_cluster(&blk) if blk
    encoding == Encoding::UTF_8 && valid_encoding? ? scan(/\X/) : chars
  end

  def chr = self[0, 1]

  def upto(last, exclusive = false)
    return to_enum(:upto, last, exclusive) unless block_given?
    last = last.to_str
    if size == 1 && last.size == 1 && ascii_only? && last.ascii_only?
      a = ord
      b = last.ord
      while a < b || (a == b && !exclusive)
        yield a.chr
        a += 1
      end
      return self
    end
    if !empty? && !last.empty? && __all_digits? && last.__all_digits?
      w = size
      a = to_i
      b = last.to_i
      while a < b || (a == b && !exclusive)
        yield a.to_s.rjust(w, "0")
        a += 1
      end
      return self
    end
    n = self <=> last
    return self if n > 0 || (exclusive && n == 0)
    after_end = last.succ
    cur = dup
    until cur == after_end
      nxt = exclusive || cur != last ? cur.succ : nil
      yield cur
      break if nxt.nil?
      cur = nxt
      break if exclusive && cur == last
      break if cur.size > last.size || cur.empty?
    end
    self
  end

  def __all_digits?
    each_byte { |b| return false if b < 48 || b > 57 }
    true
  end

  # --- character sets: tr, tr_s, delete, squeeze and count are in core/string_tr.cc ---

  def tr!(from, to)
    __check_frozen
    r = tr(from, to)
    r == self ? nil : replace(r)
  end

  def tr_s!(from, to)
    __check_frozen
    r = tr_s(from, to)
    r == self ? nil : replace(r)
  end

  def delete!(*sets)
    __check_frozen
    r = delete(*sets)
    r == self ? nil : replace(r)
  end

  def squeeze!(*sets)
    __check_frozen
    r = squeeze(*sets)
    r == self ? nil : replace(r)
  end

  # --- splicing ---

  def __splice(s, l, val)
    val = val.to_str
    replace(self[0, s] + val + (self[(s + l)..] || ""))
  end

  def []=(*args)
    raise ArgumentError, "wrong number of arguments (given #{args.size}, expected 2..3)" unless args.size == 2 || args.size == 3
    val = args.pop
    a0 = args[0]
    if a0.is_a?(Regexp)
      cap = args[1] || 0
      m = a0.match(self)
      raise IndexError, "regexp not matched" unless m
      b = m.begin(cap)
      raise IndexError, "regexp group #{cap} not matched" if b.nil?
      __splice(b, m.end(cap) - b, val)
    elsif args.size == 2
      s = a0.to_int
      l = args[1].to_int
      n = size
      raise IndexError, "index #{s} out of string" if s > n || s < -n
      s += n if s < 0
      raise IndexError, "negative length #{l}" if l < 0
      __splice(s, l, val)
    elsif a0.is_a?(String)
      i = index(a0)
      raise IndexError, "string not matched" unless i
      __splice(i, a0.size, val)
    elsif a0.is_a?(Range)
      n = size
      s = a0.begin || 0
      e = a0.end
      s += n if s < 0
      raise RangeError, "#{a0.inspect} out of range" if s < 0 || s > n
      e = e.nil? ? n : (e < 0 ? e + n : e)
      e += 1 unless a0.exclude_end? || a0.end.nil?
      l = e - s
      l = 0 if l < 0
      __splice(s, l, val)
    else
      i = a0.to_int
      n = size
      raise IndexError, "index #{i} out of string" if i >= n || i < -n
      i += n if i < 0
      __splice(i, 1, val)
    end
    val
  end

  def slice!(*args)
    __check_frozen
    r = self[*args]
    return nil if r.nil?
    __send__(:[]=, *args, "")
    r
  end

  def insert(idx, str)
    n = size
    idx = __num2long(idx)
    raise IndexError, "index #{idx} out of string" if idx > n
    raise IndexError, "index #{idx + 1} out of string" if idx < -n - 1
    idx = n + idx + 1 if idx < 0
    __splice(idx, 0, str)
  end

  def prepend(*strs)
    replace(strs.map { |s| __to_str(s) }.join + self)
  end

  def byteslice(*args)
    if args.size == 2 && args[0].is_a?(Integer) && args[1].is_a?(Integer)
      return __byteslice(args[0], args[1])
    end
    return __byteslice(args[0], 1) if args.size == 1 && args[0].is_a?(Integer)
    r = b[*args]
    return nil if r.nil?
    r.force_encoding(encoding)
  end

  # --- partition and affixes ---

  def partition(sep)
    if sep.is_a?(Regexp)
      m = sep.match(self)
      return [dup, "", ""] unless m
      return [m.pre_match, m[0], m.post_match]
    end
    sep = sep.to_str
    i = index(sep)
    return [dup, "", ""] unless i
    [self[0, i], sep.dup, self[(i + sep.size)..]]
  end

  def rpartition(sep)
    if sep.is_a?(Regexp)
      i = rindex(sep)
      return ["", "", dup] unless i
      m = $~
      return [self[0, i], m[0], self[(i + m[0].size)..]]
    end
    sep = sep.to_str
    i = rindex(sep)
    return ["", "", dup] unless i
    [self[0, i], sep.dup, self[(i + sep.size)..]]
  end

  def __rindex_re(re, pos = size)
    n = size
    pos += n if pos < 0
    return nil if pos < 0
    pos = n if pos > n
    while pos >= 0
      m = re.match(self, pos)
      return pos if m && m.begin(0) == pos
      pos -= 1
    end
    $~ = nil
    nil
  end

  def delete_prefix(p)
    p = __to_str(p)
    start_with?(p) ? self[p.size..] : dup
  end

  def delete_suffix(s)
    s = __to_str(s)
    end_with?(s) && !s.empty? ? self[0, size - s.size] : dup
  end

  def delete_prefix!(p)
    __check_frozen
    r = delete_prefix(p)
    r == self ? nil : replace(r)
  end

  def delete_suffix!(s)
    __check_frozen
    r = delete_suffix(s)
    r == self ? nil : replace(r)
  end

  # --- numbers ---

  def hex
    to_i(16)
  end

  def oct
    s = lstrip
    sign = ""
    if s.start_with?("-", "+")
      sign = s[0]
      s = s[1..]
    end
    base = 8
    if s.start_with?("0x", "0X")
      base = 16
      s = s[2..]
    elsif s.start_with?("0b", "0B")
      base = 2
      s = s[2..]
    elsif s.start_with?("0o", "0O")
      s = s[2..]
    end
    (sign + s).to_i(base)
  end

  def sum(bits = 16)
    s = 0
    each_byte { |b| s += b }
    bits > 0 ? s & ((1 << bits) - 1) : s
  end

  # --- bang forms ---

  def reverse!
    replace(reverse)
  end

  def strip!
    __check_frozen
    r = strip
    r == self ? nil : replace(r)
  end

  def lstrip!
    __check_frozen
    r = lstrip
    r == self ? nil : replace(r)
  end

  def rstrip!
    __check_frozen
    r = rstrip
    r == self ? nil : replace(r)
  end

  def chomp!(*a)
    __check_frozen
    r = chomp(*a)
    r == self ? nil : replace(r)
  end

  def chop!
    __check_frozen
    r = chop
    r == self ? nil : replace(r)
  end

  def succ!
    replace(succ)
  end
  alias next! succ!

  UNDUMP_SIMPLE = { "n" => "\n", "r" => "\r", "t" => "\t", "f" => "\f", "v" => "\v",
                    "b" => "\b", "a" => "\a", "e" => "\e" }.freeze
  private_constant :UNDUMP_SIMPLE

  # The inverse of dump: a quoted string with escapes, maybe with .force_encoding("X").
  def undump
    raise RuntimeError, "non-ASCII character detected" unless ascii_only?
    raise RuntimeError, "string contains null byte" if include?("\0")
    if (m = /\A"(.*)"(?:\.dup)?\.force_encoding\("([^"]+)"\)\z/m.match(self))
      body, enc = m[1], m[2]
    elsif (m = /\A"(.*)"\z/m.match(self))
      body, enc = m[1], nil
    else
      raise RuntimeError, %q(invalid dumped string; not wrapped with '"' nor '"...".force_encoding("...")' form)
    end
    out = "".b
    unicode = hexed = false
    i = 0
    while i < body.size
      c = body[i]
      if c == '"'
        raise RuntimeError, %q(invalid dumped string; not wrapped with '"' nor '"...".force_encoding("...")' form)
      elsif c != "\\"
        out << c
        i += 1
        next
      end
      n = body[i + 1] or raise RuntimeError, "invalid escape"
      i += 2
      if UNDUMP_SIMPLE.key?(n)
        out << UNDUMP_SIMPLE[n]
      elsif n == "x"
        raise RuntimeError, "hex escape and Unicode escape are mixed" if unicode
        hexed = true
        hex = body[i, 2]
        raise RuntimeError, "invalid hex escape" unless hex.match?(/\A\h\h\z/)
        out << hex.hex.chr
        i += 2
      elsif n == "u"
        raise RuntimeError, "hex escape and Unicode escape are mixed" if hexed
        unicode = true
        if body[i] == "{"
          close = body.index("}", i) or raise RuntimeError, "unterminated Unicode escape"
          body[i + 1...close].split(" ").each { |h| out << [h.hex].pack("U").b }
          i = close + 1
        else
          hex = body[i, 4]
          raise RuntimeError, "invalid Unicode escape" unless hex.match?(/\A\h{4}\z/)
          out << [hex.hex].pack("U").b
          i += 4
        end
      else
        out << n
      end
    end
    out.force_encoding(enc || (unicode ? Encoding::UTF_8 : encoding))
  end

  def scrub!(*a, &blk)
    __check_frozen
    r = scrub(*a, &blk)
    r == self ? nil : replace(r)
  end

  def unicode_normalize!(*a)
    replace(unicode_normalize(*a))
  end

  def encode!(*a, **o)
    __check_frozen
    r = encode(*a, **o)
    replace(r)
    force_encoding(r.encoding)
  end

  def between?(a, b)
    self >= a && self <= b
  end

  def crypt(salt)
    raise NotImplementedError, "crypt() function is unimplemented on this machine"
  end

  # --- encodings ---

  # encode(dst = Encoding.default_internal, src = encoding, **opts): the conversion is
  # core/transcode.cc's; this reads the arguments as CRuby 3.1 does.
  def encode(*args, **opts)
    raise ArgumentError, "wrong number of arguments (given #{args.size}, expected 0..2)" if args.size > 2
    xml = opts[:xml]
    raise ArgumentError, "unexpected value for xml option: #{xml.inspect}" unless xml.nil? || xml == :text || xml == :attr
    newline = opts[:newline]
    newline ||= :universal if opts[:universal_newline]
    newline ||= :crlf if opts[:crlf_newline]
    newline ||= :cr if opts[:cr_newline]
    options = xml || newline || opts[:invalid] == :replace || opts[:undef] == :replace || opts[:fallback]
    dst = args.empty? ? Encoding.default_internal : args[0]
    if dst.nil?
      return dup unless options
      dst = encoding
    end
    src = args.size > 1 ? args[1] : encoding
    __transcode(dst, src, args.size > 1, opts[:invalid] == :replace, opts[:undef] == :replace,
                opts[:replace], opts[:fallback], xml, newline)
  end
end

class Symbol
  def =~(o)
    to_s =~ o
  end

  def match(o, *a, &b)
    to_s.match(o, *a, &b)
  end

  def match?(o, *a)
    to_s.match?(o, *a)
  end

  def swapcase(*o) = to_s.swapcase(*o).to_sym
  def slice(*a) = to_s[*a]
  def encoding = to_s.ascii_only? ? Encoding::US_ASCII : Encoding::UTF_8
  def casecmp(o) = o.is_a?(Symbol) ? to_s.casecmp(o.to_s) : nil
  def casecmp?(o) = o.is_a?(Symbol) ? to_s.casecmp?(o.to_s) : nil
  alias next succ
end

class MatchData
  def values_at(*idx)
    out = []
    idx.each do |i|
      if i.is_a?(Range)
        out.concat(to_a.values_at(i))
      else
        out << self[i]
      end
    end
    out
  end

  def match(n) = self[n]
  def match_length(n) = self[n]&.size
  def hash = [string, regexp, to_a].hash
end

# Canonical (de)composition for the precomposed Latin-1 letters (À..ÿ): enough for
# unicode_normalize(:nfd/:nfc) on Western European text.
module UnicodeNormalize
  MARKS = { "`" => "\u0300", "'" => "\u0301", "^" => "\u0302", "~" => "\u0303", ":" => "\u0308", "o" => "\u030A", "," => "\u0327" }
  # Upper-case letter and mark for U+00C0..U+00DD ("" = no decomposition).
  TABLE = %w[A` A' A^ A~ A: Ao - C, E` E' E^ E: I` I' I^ I: - N~ O` O' O^ O~ O: - - U` U' U^ U: Y']
  def self.tables
    @tables ||= begin
      decomp = {}
      TABLE.each_with_index do |t, i|
        next if t == "-"
        base = t[0]
        mark = MARKS[t[1]]
        decomp[[0xC0 + i].pack("U")] = base + mark
        decomp[[0xE0 + i].pack("U")] = base.downcase + mark
      end
      decomp["\u00FF"] = "y\u0308"
      comp = {}
      decomp.each { |k, v| comp[v] = k }
      [decomp, comp]
    end
  end

  def self.normalize(str, form)
    case form
    when :nfd, :nfkd
      decomp = tables[0]
      str.each_char.map { |c| decomp[c] || c }.join
    when :nfc, :nfkc
      comp = tables[1]
      out = +""
      str.each_char do |c|
        if !out.empty? && (m = comp[out[-1] + c])
          out[-1] = m
        else
          out << c
        end
      end
      out
    else
      raise ArgumentError, "Invalid normalization form #{form}."
    end
  end
end

class String
  def unicode_normalize(form = :nfc) = UnicodeNormalize.normalize(self, form)
  def unicode_normalized?(form = :nfc) = unicode_normalize(form) == self
end
