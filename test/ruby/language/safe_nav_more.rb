class Box
  attr_accessor :count, :items
  def initialize = (@count = 0; @items = [1, 2])
end
b = Box.new
n = nil
b&.count += 1
p b.count
n&.count += 1
p n
p b&.items&.map { |x| x * 10 }
p n&.items&.map { |x| x * 10 }
begin
  n&.items.size
rescue NoMethodError => e
  puts "&. does not short-circuit the rest of the chain: #{e.message.lines.first.to_s.chomp}"
end
calls = 0
n&.then { calls += 1 }
b&.then { calls += 1 }
p calls
p b&.items&.[](1), n&.[](1)
p [nil, b].map { _1&.count }
