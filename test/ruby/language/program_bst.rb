# A binary search tree with Enumerable, Comparable keys, deletion, and traversal orders.
class BST
  include Enumerable
  Node = Struct.new(:key, :value, :left, :right)

  attr_reader :size

  def initialize = (@root = nil; @size = 0)

  def []=(key, value)
    @root = insert(@root, key, value)
  end

  def [](key)
    n = @root
    while n
      c = key <=> n.key
      return n.value if c == 0
      n = c < 0 ? n.left : n.right
    end
    nil
  end

  def delete(key) = (@root = remove(@root, key))

  def each(&block)
    return enum_for(:each) unless block
    walk_in(@root, &block)
    self
  end

  def preorder(n = @root, acc = [])
    return acc unless n
    acc << n.key
    preorder(n.left, acc)
    preorder(n.right, acc)
  end

  def height(n = @root) = n ? 1 + [height(n.left), height(n.right)].max : 0
  def min_key = first&.first
  def to_s = "{" + map { |k, v| "#{k}: #{v}" }.join(", ") + "}"

  private

  def insert(n, key, value)
    return (@size += 1; Node.new(key, value)) unless n
    case key <=> n.key
    when -1 then n.left = insert(n.left, key, value)
    when 1 then n.right = insert(n.right, key, value)
    when 0 then n.value = value
    else raise ArgumentError, "keys not comparable: #{key.inspect} and #{n.key.inspect}"
    end
    n
  end

  def remove(n, key)
    return nil unless n
    c = key <=> n.key
    if c < 0 then n.left = remove(n.left, key)
    elsif c > 0 then n.right = remove(n.right, key)
    else
      @size -= 1
      return n.right unless n.left
      return n.left unless n.right
      succ = n.right
      succ = succ.left while succ.left
      n.key, n.value = succ.key, succ.value
      @size += 1
      n.right = remove(n.right, succ.key)
    end
    n
  end

  def walk_in(n, &block)
    return unless n
    walk_in(n.left, &block)
    yield n.key, n.value
    walk_in(n.right, &block)
  end
end

t = BST.new
%w[m f t b h p w a c].each_with_index { |k, i| t[k] = i }
puts t
p t.size, t.height, t.preorder
p t["h"], t["z"]
t["h"] = :updated
p t["h"], t.size
p t.map { |k, _| k }.join, t.select { |k, v| v.is_a?(Integer) && v.even? }.map(&:first)
p t.min_key, t.max_by { |k, _| k }, t.count, t.include?(["a", 7])
t.delete("f")
t.delete("m")
t.delete("zz")
p t.preorder, t.size
p t.first(3), t.each_slice(2).first
nums = BST.new
[50, 30, 70, 20, 40, 60, 80, 35, 45, 65].each { |n| nums[n] = n * n }
p nums.map { |k, _| k }, nums.height
p nums.sum { |_, v| v }, nums.min_by { |_, v| (v - 2000).abs }
p nums.lazy.map { |k, _| k }.select(&:even?).first(3)
begin
  nums["str"] = 1
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
