# Small core classes and methods written in Ruby: Struct, StringIO, Set, Comparable
# helpers, Integer/String iteration helpers, Enumerator external iteration.
class Integer
  def step_int(limit, step)
    i = self
    while step > 0 ? i <= limit : i >= limit
      yield i
      i += step
    end
    self
  end
  private :step_int
end

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

  def crypt(salt)
    raise NotImplementedError
  end
  private :crypt

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

class Range
  def to_a
    raise TypeError, "cannot convert endless range to an array" if self.end.nil?
    out = []
    each { |x| out << x }
    out
  end
  alias entries to_a
  alias to_ary to_a

  def first(n = nil)
    if n.nil?
      raise RangeError, "cannot get the first element of beginless range" if self.begin.nil?
      return self.begin
    end
    out = []
    return out if n == 0
    each do |x|
      out << x
      break if out.size >= n
    end
    out
  end

  def last(n = nil)
    return self.end if n.nil?
    to_a.last(n)
  end

  def min(*a, &b)
    return super if b || !a.empty?
    c = self.begin <=> self.end
    return nil if c.nil? || c > 0 || (c == 0 && exclude_end?)
    self.begin
  end

  def max(*a, &b)
    return super if b || !a.empty?
    c = self.begin <=> self.end
    return nil if c.nil? || c > 0 || (c == 0 && exclude_end?)
    exclude_end? ? self.end - 1 : self.end
  end

  def sum(init = 0)
    if !block_given? && self.begin.is_a?(Integer) && self.end.is_a?(Integer)
      last = exclude_end? ? self.end - 1 : self.end
      return init if last < self.begin
      return init + (self.begin + last) * (last - self.begin + 1) / 2
    end
    super
  end

  def step(n = 1)
    return to_enum(:step, n) unless block_given?
    if self.begin.is_a?(Integer) && n.is_a?(Integer)
      i = self.begin
      while self.end.nil? || (exclude_end? ? i < self.end : i <= self.end)
        yield i
        i += n
      end
    else
      i = 0
      v = self.begin
      while self.end.nil? || (exclude_end? ? v < self.end : v <= self.end)
        yield v
        i += 1
        v = self.begin + i * n
      end
    end
    self
  end
  alias % step

  def count(*a, &b)
    return size if a.empty? && !b && self.begin.is_a?(Integer) && self.end.is_a?(Integer)
    super
  end

  def reverse_each(&blk)
    to_a.reverse.each(&blk)
    self
  end
end

class Struct
  def self.new(*fields, keyword_init: nil, &blk)
    if self != Struct
      obj = allocate
      obj.__send__(:initialize, *fields)
      return obj
    end
    name = nil
    name = fields.shift if fields[0].is_a?(String)
    klass = Class.new(Struct)
    Struct.const_set(name, klass) if name
    fields.each do |f|
      raise TypeError, "#{f.inspect} is not a symbol nor a string" unless f.is_a?(Symbol) || f.is_a?(String)
    end
    fields = fields.map(&:to_sym)
    klass.instance_variable_set(:@__members, fields)
    klass.instance_variable_set(:@__keyword_init, keyword_init)
    fields.each_with_index do |f, i|
      klass.define_method(f) { @__values[i] }
      klass.define_method(:"#{f}=") { |v| raise FrozenError, "can't modify frozen #{self.class}: #{inspect}" if frozen?; @__values[i] = v }
    end
    class << klass
      def new(*args, **kw, &b)
        obj = allocate
        if kw.empty?
          obj.__send__(:initialize, *args, &b)
        else
          obj.__send__(:initialize, *args, **kw, &b)
        end
        obj
      end
      alias_method :[], :new

      def members
        instance_variable_get(:@__members) || superclass.members
      end

      def keyword_init?
        instance_variable_get(:@__keyword_init)
      end
    end
    klass.class_eval(&blk) if blk
    klass
  end

  def initialize(*args, **kw)
    members = self.class.members
    if self.class.keyword_init? || (args.empty? && !kw.empty? && self.class.keyword_init? != false)
      unknown = kw.keys - members
      raise ArgumentError, "unknown keywords: #{unknown.join(', ')}" unless unknown.empty?
      @__values = members.map { |m| kw[m] }
    else
      args << kw unless kw.empty?
      raise ArgumentError, "struct size differs" if args.size > members.size
      @__values = members.each_index.map { |i| args[i] }
    end
  end

  def members
    self.class.members
  end

  def to_a
    @__values.dup
  end
  alias deconstruct to_a
  alias values to_a

  def to_h(&blk)
    h = {}
    members.each_with_index { |m, i| h[m] = @__values[i] }
    blk ? h.to_h(&blk) : h
  end

  def deconstruct_keys(keys)
    to_h
  end

  def [](k)
    if k.is_a?(Integer)
      raise IndexError, "offset #{k} too large for struct(size:#{members.size})" if k >= members.size
      raise IndexError, "offset #{k} too small for struct(size:#{members.size})" if k < -members.size
      return @__values[k]
    end
    i = members.index(k.to_sym)
    raise NameError, "no member '#{k}' in struct" unless i
    @__values[i]
  end

  def []=(k, v)
    raise FrozenError, "can't modify frozen #{self.class}: #{inspect}" if frozen?
    i = k.is_a?(Integer) ? k : members.index(k.to_sym)
    raise NameError, "no member '#{k}' in struct" unless i
    @__values[i] = v
  end

  def each(&blk)
    return to_enum(:each) unless blk
    @__values.each(&blk)
    self
  end

  def each_pair
    members.each_with_index { |m, i| yield m, @__values[i] }
    self
  end

  def ==(o)
    o.class == self.class && o.to_a == to_a
  end

  def eql?(o)
    o.class == self.class && o.to_a.eql?(to_a)
  end

  def hash
    to_a.hash
  end

  def size
    @__values.size
  end
  alias length size

  def dig(k, *rest)
    v = self[k]
    rest.empty? || v.nil? ? v : v.dig(*rest)
  end

  def inspect
    name = self.class.name
    fields = members.each_with_index.map { |m, i| "#{m}=#{@__values[i].inspect}" }.join(", ")
    name ? "#<struct #{name} #{fields}>" : "#<struct #{fields}>"
  end
  alias to_s inspect

  def initialize_copy(o)
    @__values = o.to_a
  end
end

class StringIO
  def initialize(str = +"", mode = nil)
    @string = str
    @pos = 0
  end

  attr_reader :string

  def read(n = nil)
    rest = @string[@pos..-1] || ""
    rest = rest[0, n] if n
    @pos += rest.size
    rest
  end

  def gets
    return nil if @pos >= @string.size
    i = @string.index("\n", @pos)
    line = i ? @string[@pos..i] : @string[@pos..-1]
    @pos += line.size
    line
  end

  def each_line
    while (l = gets)
      yield l
    end
    self
  end

  def readlines
    out = []
    each_line { |l| out << l }
    out
  end

  def write(*s)
    s.each { |x| @string << x.to_s }
    s.sum { |x| x.to_s.size }
  end

  def puts(*a)
    a = [""] if a.empty?
    a.flatten.each { |x| x = x.to_s; @string << x; @string << "\n" unless x.end_with?("\n") }
    nil
  end

  def print(*a)
    a.each { |x| @string << x.to_s }
    nil
  end

  def <<(s)
    @string << s.to_s
    self
  end

  def rewind
    @pos = 0
  end

  def eof?
    @pos >= @string.size
  end
end

class Set
  include Enumerable

  def initialize(items = nil)
    @hash = {}
    items.each { |x| @hash[x] = true } if items
  end

  def self.[](*items)
    new(items)
  end

  def add(x)
    @hash[x] = true
    self
  end
  alias << add

  def add?(x)
    return nil if @hash.key?(x)
    add(x)
  end

  def delete(x)
    @hash.delete(x)
    self
  end

  def include?(x)
    @hash.key?(x)
  end
  alias member? include?
  alias === include?

  def each(&blk)
    return to_enum(:each) unless blk
    @hash.each_key(&blk)
    self
  end

  def size
    @hash.size
  end
  alias length size

  def empty?
    @hash.empty?
  end

  def to_a
    @hash.keys
  end

  def |(o)
    Set.new(to_a + o.to_a)
  end
  alias union |
  alias + |

  def &(o)
    Set.new(to_a.select { |x| o.include?(x) })
  end
  alias intersection &

  def -(o)
    Set.new(to_a.reject { |x| o.include?(x) })
  end
  alias difference -

  def ^(o)
    (self | o) - (self & o)
  end

  def subset?(o)
    all? { |x| o.include?(x) }
  end
  alias <= subset?

  def superset?(o)
    o.all? { |x| include?(x) }
  end
  alias >= superset?

  def ==(o)
    o.is_a?(Set) && size == o.size && subset?(o)
  end

  def hash
    to_a.map(&:hash).sort.hash
  end

  def eql?(o)
    self == o
  end

  def to_set
    self
  end

  def dup
    Set.new(to_a)
  end

  def inspect
    "#<Set: {#{to_a.map(&:inspect).join(', ')}}>"
  end
  alias to_s inspect

  def map!(&blk)
    @hash = Set.new(to_a.map(&blk)).instance_variable_get(:@hash)
    self
  end

  def merge(e)
    e.each { |x| add(x) }
    self
  end

  def freeze
    @hash.freeze
    super
  end
end

class Enumerator
  include Enumerable

  def next
    @__buffer ||= to_a
    @__pos ||= 0
    raise StopIteration, "iteration reached an end" if @__pos >= @__buffer.size
    v = @__buffer[@__pos]
    @__pos += 1
    v
  end

  def peek
    @__buffer ||= to_a
    @__pos ||= 0
    raise StopIteration, "iteration reached an end" if @__pos >= @__buffer.size
    @__buffer[@__pos]
  end

  def rewind
    @__pos = 0
    self
  end

  def with_index(offset = 0, &blk)
    return to_enum(:with_index, offset) unless blk
    i = offset
    each do |*x|
      v = x.size == 1 ? x[0] : x
      r = blk.call(v, i)
      i += 1
      r
    end
  end

  def each_with_index(&blk)
    with_index(0, &blk)
  end

  def with_object(memo)
    each { |*x| yield((x.size == 1 ? x[0] : x), memo) }
    memo
  end
end

class Numeric
  include Comparable

  def zero?
    self == 0
  end

  def positive?
    self > 0
  end

  def negative?
    self < 0
  end

  def nonzero?
    zero? ? nil : self
  end

  def abs
    self < 0 ? -self : self
  end

  def -@
    0 - self
  end

  def +@
    self
  end

  def integer?
    false
  end

  def clamp(*a)
    super
  end
end

class Integer
  def integer?
    true
  end

  def nonzero?
    self == 0 ? nil : self
  end
end

class Object
  def to_enum_size
    nil
  end
  private :to_enum_size
end

module Kernel
  def instance_variable_names
    instance_variables.map(&:to_s)
  end
end
