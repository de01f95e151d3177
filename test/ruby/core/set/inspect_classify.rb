require "set"
p Set[1, 2], Set.new, Set[Set[1]]
puts Set["a", :b].inspect
p Set[1, 2, 3, 4].classify(&:odd?).transform_values(&:to_a)
p Set[1, 2].map(&:to_s).to_set
words = Set.new(%w[apple avocado banana])
p words.select { |w| w.start_with?("a") }.sort
p words.reject { |w| w.size > 5 }.to_a
p words.any? { |w| w.include?("n") }
s = Set[3, 1]
s.merge([2, 4])
p s.sort
s.subtract([1, 2])
p s.sort
