p 5.tap { |x| puts "tapped #{x}" }
p 5.then { |x| x + 1 }
p 5.yield_self { |x| x * 2 }
p [1, 2, 3].tap { |a| a.pop }.sum
p "abc".itself, nil.itself
p [1, 2, 2].group_by(&:itself)
p 5.then.class
p 10.then { _1 / 2 }.then { _1 + 1 }
