Node = Struct.new(:key, :left, :right)
def insert(n, k)
  return Node.new(k, nil, nil) if n.nil?
  if k < n.key then n.left = insert(n.left, k) else n.right = insert(n.right, k) end
  n
end
r = Random.new(42)
root = nil
300_000.times { root = insert(root, r.rand(1 << 30)); [1, 2, 3] }
def count(n) = n.nil? ? 0 : 1 + count(n.left) + count(n.right)
p count(root)
