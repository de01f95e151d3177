# An LRU cache built on a hand-written doubly linked list plus a Hash, with stats.
class LRUCache
  Node = Struct.new(:key, :value, :prev, :next)

  attr_reader :hits, :misses, :evictions

  def initialize(capacity)
    raise ArgumentError, "capacity must be positive" unless capacity.positive?
    @capacity = capacity
    @map = {}
    @head = Node.new(:head)
    @tail = Node.new(:tail)
    @head.next = @tail
    @tail.prev = @head
    @hits = @misses = @evictions = 0
  end

  def get(key)
    node = @map[key]
    if node
      @hits += 1
      move_to_front(node)
      node.value
    else
      @misses += 1
      block_given? ? put(key, yield(key)) : nil
    end
  end

  def put(key, value)
    if (node = @map[key])
      node.value = value
      move_to_front(node)
    else
      evict if @map.size >= @capacity
      node = Node.new(key, value)
      @map[key] = node
      insert_front(node)
    end
    value
  end

  def keys
    out = []
    n = @head.next
    until n.equal?(@tail)
      out << n.key
      n = n.next
    end
    out
  end

  def size = @map.size
  def to_s = "LRU(#{keys.map { |k| "#{k}=#{@map[k].value}" }.join(', ')})"

  private

  def unlink(node)
    node.prev.next = node.next
    node.next.prev = node.prev
  end

  def insert_front(node)
    node.next = @head.next
    node.prev = @head
    @head.next.prev = node
    @head.next = node
  end

  def move_to_front(node)
    unlink(node)
    insert_front(node)
  end

  def evict
    lru = @tail.prev
    unlink(lru)
    @map.delete(lru.key)
    @evictions += 1
    puts "  evict #{lru.key}"
  end
end

c = LRUCache.new(3)
c.put(:a, 1)
c.put(:b, 2)
c.put(:c, 3)
puts c
p c.get(:a)
c.put(:d, 4)
puts c
p c.get(:b)
c.put(:c, 30)
puts c
p c.get(:zz) { |k| "computed #{k}" }
puts c
p c.keys, c.size
p [c.hits, c.misses, c.evictions]
squares = LRUCache.new(5)
calls = 0
20.times { |i| squares.get(i % 4) { |k| calls += 1; k * k } }
p calls, squares.keys, [squares.hits, squares.misses]
begin
  LRUCache.new(0)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
