# Set, written in Ruby over Hash.
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
