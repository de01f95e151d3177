require 'tsort'

class Hash
  include TSort
  alias tsort_each_node each_key
  def tsort_each_child(node, &block)
    fetch(node).each(&block)
  end
end

p({ 1 => [2, 3], 2 => [3], 3 => [], 4 => [] }.tsort)
p({ 1 => [2], 2 => [3, 4], 3 => [2], 4 => [] }.strongly_connected_components)
begin
  { 1 => [2], 2 => [1] }.tsort
rescue TSort::Cyclic => e
  p e.message
end
deps = { "app" => ["lib", "log"], "lib" => ["core"], "log" => ["core"], "core" => [] }
p deps.tsort
deps.tsort_each { |n| print n, " " }
puts
p deps.each_strongly_connected_component.to_a
r = []
deps.each_strongly_connected_component_from("lib") { |c| r << c }
p r

graph = { 1 => [2, 3], 2 => [4], 3 => [2, 4], 4 => [] }
each_node = lambda { |&b| graph.each_key(&b) }
each_child = lambda { |n, &b| graph[n].each(&b) }
p TSort.tsort(each_node, each_child)
p TSort.strongly_connected_components(each_node, each_child)
p TSort.tsort_each(each_node, each_child).to_a

big = {}
(0...300).each { |i| big[i] = i + 1 < 300 ? [i + 1] : [] }
p big.tsort.first(3)
