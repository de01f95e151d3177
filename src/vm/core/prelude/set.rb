# Set, written in Ruby over a Hash of members (as CRuby 3.1's set.rb is). It is part of
# the prelude (persistent data holds Sets); Enumerable#to_set comes with `require 'set'`
# (lib/set.rb) as in CRuby 3.1.
class Set
  include Enumerable

  def self.[](*items)
    new(items)
  end

  def initialize(items = nil, &blk)
    @hash = {}
    return if items.nil?
    unless items.respond_to?(:each_entry) || items.respond_to?(:each)
      raise ArgumentError, "value must be enumerable"
    end
    if blk
      items.each { |x| @hash[blk.call(x)] = true }
    else
      items.each { |x| @hash[x] = true }
    end
  end

  def initialize_copy(other)
    super
    @hash = other.instance_variable_get(:@hash).dup
  end

  def __hash
    @hash
  end
  protected :__hash

  def freeze
    @hash.freeze
    super
  end

  def compare_by_identity
    @hash.compare_by_identity
    self
  end

  def compare_by_identity?
    @hash.compare_by_identity?
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

  def delete?(x)
    return nil unless @hash.key?(x)
    delete(x)
  end

  def include?(x)
    @hash.key?(x)
  end
  alias member? include?
  alias === include?

  def each(&blk)
    return to_enum(:each) { size } unless blk
    @hash.each_key(&blk)
    self
  end

  def size
    @hash.size
  end
  alias length size
  alias count_all size

  def empty?
    @hash.empty?
  end

  def clear
    @hash.clear
    self
  end

  def replace(enum)
    @hash.clear
    merge(enum)
  end

  def to_a
    @hash.keys
  end

  def to_set(klass = Set, *args, &blk)
    return self if klass == Set && instance_of?(Set) && blk.nil? && args.empty?
    klass.new(self, *args, &blk)
  end

  def first(n = nil)
    n ? to_a.first(n) : to_a.first
  end

  def __enum(o)
    return o if o.is_a?(Set)
    raise ArgumentError, "value must be enumerable" unless o.respond_to?(:each)
    o
  end
  private :__enum

  def |(o)
    dup.merge(__enum(o))
  end
  alias union |
  alias + |

  def &(o)
    o = __enum(o)
    out = self.class.new
    o.each { |x| out.add(x) if include?(x) }
    out
  end
  alias intersection &

  def -(o)
    dup.subtract(__enum(o))
  end
  alias difference -

  def ^(o)
    n = self.class.new(__enum(o))
    each { |x| n.add(x) unless n.delete?(x) }
    n
  end

  def merge(*enums)
    enums.each { |e| __enum(e).each { |x| add(x) } }
    self
  end

  def subtract(enum)
    enum.each { |x| delete(x) }
    self
  end

  def __set_arg(o)
    raise ArgumentError, "value must be a set" unless o.is_a?(Set)
    o
  end
  private :__set_arg

  def subset?(o)
    __set_arg(o)
    size <= o.size && all? { |x| o.include?(x) }
  end
  alias <= subset?

  def superset?(o)
    __set_arg(o)
    size >= o.size && o.all? { |x| include?(x) }
  end
  alias >= superset?

  def proper_subset?(o)
    __set_arg(o)
    size < o.size && all? { |x| o.include?(x) }
  end
  alias < proper_subset?

  def proper_superset?(o)
    __set_arg(o)
    size > o.size && o.all? { |x| include?(x) }
  end
  alias > proper_superset?

  def <=>(o)
    return nil unless o.is_a?(Set)
    return 0 if self == o
    return -1 if proper_subset?(o)
    return 1 if proper_superset?(o)
    nil
  end

  def intersect?(o)
    o = __enum(o)
    if o.is_a?(Set) && o.size < size
      o.any? { |x| include?(x) }
    else
      o.any? { |x| include?(x) }
    end
  end

  def disjoint?(o)
    !intersect?(o)
  end

  def ==(o)
    return true if equal?(o)
    o.is_a?(Set) && size == o.size && o.all? { |x| include?(x) }
  end

  def hash
    @hash.keys.map(&:hash).sort.hash
  end

  def eql?(o)
    o.is_a?(Set) && @hash.eql?(o.__hash)
  end

  def inspect
    ids = (Set.instance_variable_get(:@__inspecting) || Set.instance_variable_set(:@__inspecting, []))
    return "#<Set: {...}>" if ids.include?(object_id)
    ids << object_id
    begin
      "#<Set: {#{to_a.map(&:inspect).join(', ')}}>"
    ensure
      ids.pop
    end
  end
  alias to_s inspect

  # pp's layout: "#<Set:" then the elements in braces, one a line when too wide.
  def pretty_print(q)
    q.group(1, "#<#{self.class.name}:", ">") do
      q.breakable
      q.group(1, "{", "}") { q.seplist(self) { |o| q.pp(o) } }
    end
  end

  def pretty_print_cycle(q)
    q.text("#<#{self.class.name}: {#{empty? ? '' : '...'}}>")
  end

  def map!
    return to_enum(:map!) { size } unless block_given?
    h = {}
    each { |x| h[yield(x)] = true }
    @hash.replace(h)
    self
  end
  alias collect! map!

  def select!(&blk)
    return to_enum(:select!) { size } unless blk
    n = size
    keep_if(&blk)
    n == size ? nil : self
  end
  alias filter! select!

  def reject!(&blk)
    return to_enum(:reject!) { size } unless blk
    n = size
    delete_if(&blk)
    n == size ? nil : self
  end

  def keep_if
    return to_enum(:keep_if) { size } unless block_given?
    to_a.each { |x| @hash.delete(x) unless yield(x) }
    self
  end

  def delete_if
    return to_enum(:delete_if) { size } unless block_given?
    to_a.each { |x| @hash.delete(x) if yield(x) }
    self
  end

  def classify
    return to_enum(:classify) { size } unless block_given?
    h = {}
    each { |x| (h[yield(x)] ||= self.class.new) << x }
    h
  end

  # divide { |x| key }: the classes of equal keys; divide { |a, b| related }: the
  # strongly connected components of the relation, as CRuby's tsort finds them.
  def divide(&blk)
    return to_enum(:divide) { size } unless blk
    return Set.new(classify(&blk).values) unless blk.arity == 2
    items = to_a
    adj = items.map { |u| (0...items.size).select { |j| blk.call(u, items[j]) } }
    index = {}
    low = {}
    stack = []
    out = Set.new
    strong = lambda do |v|
      index[v] = low[v] = index.size
      stack << v
      adj[v].each do |w|
        if !index.key?(w)
          strong.(w)
          low[v] = [low[v], low[w]].min
        elsif stack.include?(w)
          low[v] = [low[v], index[w]].min
        end
      end
      out << self.class.new(stack.slice!(stack.index(v)..).map { |i| items[i] }) if low[v] == index[v]
    end
    items.each_index { |v| strong.(v) unless index.key?(v) }
    out
  end

  def join(sep = nil) = to_a.join(sep)

  def partition(&blk)
    return to_enum(:partition) { size } unless blk
    a = []
    b = []
    each { |x| (blk.call(x) ? a : b) << x }
    [a, b]
  end

  def flatten
    out = self.class.new
    each { |x| x.is_a?(Set) ? out.merge(x.flatten) : out.add(x) }
    out
  end

  def reset
    @hash.rehash
    self
  end
end
