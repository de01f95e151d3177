Node = Struct.new(:name, :children)
tree = Node.new("root", [Node.new("a", []), Node.new("b", [Node.new("c", [])])])
p tree.dig(:children, 1, :children, 0, :name)
p tree.children.map(&:name)
def walk(n, depth = 0, out = [])
  out << "#{'  ' * depth}#{n.name}"
  n.children.each { |c| walk(c, depth + 1, out) }
  out
end
puts walk(tree)
T = Struct.new(:a, :b, :c)
t = T.new(1, 2, 3)
p t.each.map { |v| v * 2 }, t.each_pair.to_a, t.select(&:odd?), t.filter_map { |v| v * 10 if v > 1 }
p t.values_at(0, 2), t.to_a.sum
