# Enumerator methods written in Ruby: Enumerator.new with Generator/Yielder, external
# iteration (next/peek/rewind) over a Fiber (a real coroutine, core/enumerator_fiber.cc,
# so infinite generators work), with_index/with_object, Chain and Lazy.
class StopIteration
  def result
    @result
  end
end

class Enumerator
  include Enumerable

  class Yielder
    def initialize(&blk)
      @proc = blk
    end

    def <<(v)
      @proc.call(v)
      self
    end

    def yield(*args)
      @proc.call(*args)
    end

    def to_proc
      y = self
      proc { |*a| y.yield(*a) }
    end
  end

  class Generator
    include Enumerable

    def initialize(&blk)
      @proc = blk
    end

    def each(*args, &blk)
      @proc.call(Yielder.new(&blk), *args)
    end
  end

  # Yielder and Generator inspect without their proc (an implementation detail), from an
  # anonymous module so that instance_methods(false) stays CRuby's.
  plain_inspect = Module.new { def inspect = to_s }
  Yielder.include(plain_inspect)
  Generator.include(plain_inspect)

  def initialize(size = nil, &blk)
    raise ArgumentError, "no block given" unless blk
    __setup(Generator.new(&blk), :each, [], size)
  end

  # The next yielded arguments as an Array (what next_values returns).
  def __next_args
    __fill
    v = @__lookahead
    @__lookahead = nil
    v
  end
  private :__next_args

  def __fill
    return if @__lookahead
    if @__done
      e = StopIteration.new("iteration reached an end")
      e.instance_variable_set(:@result, @__result)
      raise e
    end
    unless @__fiber
      en = self
      @__fiber = Fiber.new do
        r = en.each { |*x| Fiber.yield(x) }
        en.__finish(r)
        nil
      end
    end
    fed = @__feed
    @__feed = @__fed = nil
    begin
      v = @__fiber.resume(fed)
    rescue Exception
      @__done = true
      @__fiber = nil
      raise
    end
    if @__done
      @__fiber = nil
      e = StopIteration.new("iteration reached an end")
      e.instance_variable_set(:@result, @__result)
      raise e
    end
    @__lookahead = v
  end
  private :__fill

  def __finish(r)
    @__done = true
    @__result = r
  end

  def next
    x = __next_args
    x.size <= 1 ? x[0] : x
  end

  def next_values
    __next_args
  end

  def peek
    __fill
    x = @__lookahead
    x.size <= 1 ? x[0] : x
  end

  def peek_values
    __fill
    @__lookahead.dup
  end

  # feed(v): the next yield inside the iteration (after the next #next) returns v.
  def feed(v)
    raise TypeError, "feed value already set" if @__fed
    @__feed = v
    @__fed = true
    nil
  end

  def rewind
    @__feed = @__fed = nil
    @__fiber = nil
    @__done = false
    @__result = nil
    @__lookahead = nil
    self
  end

  def with_index(offset = 0, &blk)
    offset = offset.nil? ? 0 : __to_int(offset)
    return to_enum(:with_index, offset) { size } unless blk
    i = offset
    each do |*x|
      v = x.size == 1 ? x[0] : x
      r = blk.call(v, i)
      i += 1
      r
    end
  end

  def each_with_index(&blk)
    return to_enum(:each_with_index) { size } unless blk
    with_index(0, &blk)
  end

  def with_object(memo)
    return to_enum(:with_object, memo) { size } unless block_given?
    each { |*x| yield((x.size == 1 ? x[0] : x), memo) }
    memo
  end
  alias each_with_object with_object

  def +(other)
    Chain.new(self, other)
  end

  class Chain < Enumerator
    def initialize(*enums)
      @enums = enums
      chain = self
      __setup(Generator.new { |y| chain.__each_all { |*x| y.yield(*x) } }, :each, [], nil)
    end

    def __each_all(&blk)
      @enums.each { |e| e.each(&blk) }
    end

    def each(*args, &blk)
      return self unless blk
      @enums.each { |e| e.each(*args, &blk) }
      self
    end

    def size
      total = 0
      @enums.each do |e|
        s = e.size
        return s if s.nil? || (s.is_a?(Float) && s.infinite?)
        total += s
      end
      total
    end

    def inspect
      "#<Enumerator::Chain: [#{@enums.map(&:inspect).join(', ')}]>"
    end
    alias to_s inspect
  end

  class Lazy < Enumerator
    def initialize(src, size = nil, &blk)
      raise ArgumentError, "tried to call lazy new without a block" unless blk
      @__src = src
      super(size) { |y| src.each { |*x| blk.call(y, *x) } }
    end

    # A Lazy over blk's generator; size (a callable or nil) answers #size.
    def self.__gen(src, size = nil, &blk)
      l = allocate
      l.__setup(Generator.new(&blk), :each, [], size)
      l.instance_variable_set(:@__src, src)
      l
    end

    def inspect
      s = "#<Enumerator::Lazy: #{@__src.inspect}"
      if @__meth
        s << ":#{@__meth}"
        s << "(#{@__args.map(&:inspect).join(', ')})" unless @__args.empty?
      end
      s << ">"
    end
    alias to_s inspect

    # Records the method (and arguments) that made this Lazy, for inspect.
    def __named(meth, args)
      @__meth = meth
      @__args = args
      self
    end

    def lazy
      self
    end

    def eager
      e = Enumerator.allocate
      e.__setup(self, :each, [], nil)
      e
    end

    def force(*args)
      to_a(*args)
    end

    def map(&b)
      raise ArgumentError, "tried to call lazy map without a block" unless b
      src = self
      Lazy.new(self, -> { src.size }) { |y, *x| y << b.call(*x) }
    end
    alias collect map

    def flat_map(&b)
      Lazy.new(self) do |y, *x|
        r = b.call(*x)
        if r.is_a?(Array) then r.each { |e| y << e } else y << r end
      end
    end
    alias collect_concat flat_map

    def select(&b)
      Lazy.new(self) { |y, *x| v = x.size == 1 ? x[0] : x; y << v if b.call(*x) }
    end
    alias filter select
    alias find_all select

    def reject(&b)
      Lazy.new(self) { |y, *x| v = x.size == 1 ? x[0] : x; y << v unless b.call(*x) }
    end

    def filter_map(&b)
      Lazy.new(self) { |y, *x| r = b.call(*x); y << r if r }
    end

    def grep(pat, &b)
      Lazy.new(self) { |y, *x| v = x.size == 1 ? x[0] : x; y << (b ? b.call(v) : v) if pat === v }
    end

    def grep_v(pat, &b)
      Lazy.new(self) { |y, *x| v = x.size == 1 ? x[0] : x; y << (b ? b.call(v) : v) unless pat === v }
    end

    def take_while(&b)
      src = self
      Lazy.__gen(self) do |y|
        src.each do |*x|
          break unless b.call(*x)
          y.yield(*x)
        end
      end
    end

    def drop_while(&b)
      src = self
      Lazy.__gen(self) do |y|
        dropping = true
        src.each do |*x|
          dropping = false if dropping && !b.call(*x)
          y.yield(*x) unless dropping
        end
      end
    end

    def take(n)
      raise ArgumentError, "attempt to take negative size" if n < 0
      src = self
      Lazy.__gen(self, -> { s = src.size; s.nil? ? nil : [s, n].min }) do |y|
        if n > 0
          i = 0
          src.each do |*x|
            y.yield(*x)
            i += 1
            break if i >= n
          end
        end
      end
    end

    def drop(n)
      raise ArgumentError, "attempt to drop negative size" if n < 0
      src = self
      Lazy.__gen(self, -> { s = src.size; s.nil? ? nil : [s - n, 0].max }) do |y|
        i = 0
        src.each do |*x|
          y.yield(*x) if i >= n
          i += 1
        end
      end
    end

    def with_index(offset = 0, &b)
      src = self
      Lazy.__gen(self, -> { src.size }) do |y|
        i = offset
        src.each do |*x|
          v = x.size == 1 ? x[0] : x
          if b
            b.call(v, i)
            y << v
          else
            y << [v, i]
          end
          i += 1
        end
      end
    end
    alias each_with_index with_index

    def each_slice(n)
      src = self
      Lazy.__gen(self) do |y|
        cur = []
        src.each do |*x|
          cur << (x.size == 1 ? x[0] : x)
          if cur.size == n
            y << cur
            cur = []
          end
        end
        y << cur unless cur.empty?
      end
    end

    def each_cons(n)
      src = self
      Lazy.__gen(self) do |y|
        cur = []
        src.each do |*x|
          cur << (x.size == 1 ? x[0] : x)
          cur.shift if cur.size > n
          y << cur.dup if cur.size == n
        end
      end
    end

    def zip(*others)
      src = self
      Lazy.__gen(self, -> { src.size }) do |y|
        enums = others.map { |o| o.each_entry }
        src.each do |*x|
          v = x.size == 1 ? x[0] : x
          y << [v] + enums.map { |e| begin; e.next; rescue StopIteration; nil; end }
        end
      end
    end

    def uniq(&b)
      src = self
      Lazy.__gen(self) do |y|
        seen = {}
        src.each do |*x|
          v = x.size == 1 ? x[0] : x
          k = b ? b.call(v) : v
          next if seen.key?(k)
          seen[k] = true
          y << v
        end
      end
    end

    def compact
      Lazy.new(self) { |y, *x| v = x.size == 1 ? x[0] : x; y << v unless v.nil? }
    end

    def chunk_while(&b)
      super(&b).lazy
    end

    def slice_when(&b)
      super(&b).lazy
    end

    # Each Lazy-returning method remembers how it was called: "...>:take(2)>".
    %i[map collect flat_map collect_concat select filter find_all reject filter_map grep grep_v
       take_while drop_while take drop with_index each_with_index each_slice each_cons zip uniq
       compact].each do |m|
      body = instance_method(m)
      define_method(m) do |*a, &b|
        shown = m == :with_index && a.empty? ? [0] : a
        body.bind(self).call(*a, &b).__named(m, shown)
      end
    end
  end

  # Enumerator.produce(initial) { |prev| next }: an infinite sequence, ended by the block
  # raising StopIteration; without initial the first value is the block's for nil.
  def self.produce(*args, &blk)
    raise ArgumentError, "no block given" unless blk
    raise ArgumentError, "wrong number of arguments (given #{args.size}, expected 0..1)" if args.size > 1
    Enumerator.new(Float::INFINITY) do |y|
      cur = args.empty? ? nil : (y << args[0]; args[0])
      loop { y << (cur = blk.call(cur)) }
    end
  end
end
