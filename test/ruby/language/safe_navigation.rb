s = nil
p s&.length
p s&.length.nil?
t = "abc"
p t&.length
p t&.upcase&.reverse
arr = [nil, "x", nil]
p arr.map { |e| e&.upcase }
class Node
  attr_accessor :nxt, :val
  def initialize(v, n = nil); @val = v; @nxt = n; end
end
list = Node.new(1, Node.new(2))
p list.nxt&.nxt&.val
p list.nxt&.val
count = 0
nil&.foo(count += 1)
p count
p false&.to_s
