# String and Symbol methods written in Ruby on top of the native core.
class String
  def each_char(&blk)
    return to_enum(:each_char) unless blk
    chars.each(&blk)
    self
  end

  def each_line(sep = "\n", &blk)
    return to_enum(:each_line, sep) unless blk
    lines(sep).each(&blk)
    self
  end

  def lines(sep = "\n")
    out = []
    rest = self
    while (i = rest.index(sep))
      out << rest[0, i + sep.size]
      rest = rest[(i + sep.size)..-1]
    end
    out << rest unless rest.empty?
    out
  end

  def each_byte(&blk)
    bytes.each(&blk)
    self
  end

  def upto(last, exclusive = false)
    return to_enum(:upto, last, exclusive) unless block_given?
    (exclusive ? (self...last) : (self..last)).each { |s| yield s }
    self
  end

  def tr(from, to)
    expand = lambda do |set|
      out = []
      chars = set.chars
      i = 0
      while i < chars.size
        if i + 2 < chars.size && chars[i + 1] == "-"
          (chars[i]..chars[i + 2]).each { |c| out << c }
          i += 3
        else
          out << chars[i]
          i += 1
        end
      end
      out
    end
    negate = from.size > 1 && from.start_with?("^")
    f = expand.call(negate ? from[1..-1] : from)
    t = expand.call(to)
    chars.map do |c|
      idx = f.index(c)
      if negate
        idx ? c : t[-1]
      elsif idx
        t.empty? ? "" : (t[idx] || t[-1])
      else
        c
      end
    end.join
  end

  def delete(*sets)
    s = sets[0]
    chars.reject { |c| s.include?(c) || (s.size == 3 && s[1] == "-" && c >= s[0] && c <= s[2]) }.join
  end

  def squeeze(*sets)
    out = +""
    last = nil
    each_char do |c|
      next if c == last && (sets.empty? || sets[0].include?(c))
      out << c
      last = c
    end
    out
  end

  def insert(idx, str)
    idx = size + idx + 1 if idx < 0
    replace(self[0, idx] + str + self[idx..-1])
  end

  def prepend(*strs)
    replace(strs.join + self)
  end

  def partition(sep)
    i = sep.is_a?(Regexp) ? (self =~ sep) : index(sep)
    return [dup, "", ""] unless i
    m = sep.is_a?(Regexp) ? $~[0] : sep
    [self[0, i], m, self[(i + m.size)..-1]]
  end

  def rpartition(sep)
    i = rindex(sep)
    return ["", "", dup] unless i
    [self[0, i], sep, self[(i + sep.size)..-1]]
  end

  def delete_prefix(p)
    start_with?(p) ? self[p.size..-1] : dup
  end

  def delete_suffix(s)
    end_with?(s) ? self[0, size - s.size] : dup
  end

  def each_grapheme_cluster(&blk)
    each_char(&blk)
  end

  def hex
    to_i(16)
  end

  def oct
    to_i(8)
  end

  def sum
    bytes.sum
  end

  def upcase!
    r = upcase
    r == self ? nil : replace(r)
  end

  def downcase!
    r = downcase
    r == self ? nil : replace(r)
  end

  def capitalize!
    r = capitalize
    r == self ? nil : replace(r)
  end

  def swapcase!
    r = swapcase
    r == self ? nil : replace(r)
  end

  def reverse!
    replace(reverse)
  end

  def strip!
    r = strip
    r == self ? nil : replace(r)
  end

  def lstrip!
    r = lstrip
    r == self ? nil : replace(r)
  end

  def rstrip!
    r = rstrip
    r == self ? nil : replace(r)
  end

  def chomp!(*a)
    r = chomp(*a)
    r == self ? nil : replace(r)
  end

  def chop!
    r = chop
    r == self ? nil : replace(r)
  end

  def squeeze!(*a)
    r = squeeze(*a)
    r == self ? nil : replace(r)
  end

  def tr!(a, b)
    r = tr(a, b)
    r == self ? nil : replace(r)
  end

  def succ!
    replace(succ)
  end

  def []=(*args)
    val = args.pop
    if args.size == 2
      s, l = args
      s += size if s < 0
      replace(self[0, s] + val + (self[(s + l)..-1] || ""))
    elsif args[0].is_a?(Integer)
      i = args[0]
      i += size if i < 0
      raise IndexError, "index #{args[0]} out of string" if i < 0 || i >= size
      replace(self[0, i] + val + self[(i + 1)..-1])
    elsif args[0].is_a?(Range)
      r = args[0]
      s = r.begin || 0
      s += size if s < 0
      e = r.end.nil? ? size : (r.end < 0 ? r.end + size : r.end)
      e += 1 unless r.exclude_end? || r.end.nil?
      replace(self[0, s] + val + (self[e..-1] || ""))
    elsif args[0].is_a?(String)
      i = index(args[0])
      raise IndexError, "string not matched" unless i
      replace(self[0, i] + val + self[(i + args[0].size)..-1])
    else
      m = args[0].match(self)
      raise IndexError, "regexp not matched" unless m
      replace(m.pre_match + val + m.post_match)
    end
    val
  end

  def casecmp(o)
    return nil unless o.is_a?(String)
    downcase <=> o.downcase
  end

  def casecmp?(o)
    return nil unless o.is_a?(String)
    downcase == o.downcase
  end

  def between?(a, b)
    self >= a && self <= b
  end


  def unpack1(fmt)
    raise NotImplementedError, "String#unpack1 is not supported yet"
  end
end

class Symbol
  def =~(o)
    to_s =~ o
  end

  def match(o)
    to_s.match(o)
  end
end
