[-3, 0, 4].each do |n|
  p [n, n.zero?, n.positive?, n.negative?, n.even?, n.odd?, n.nonzero?]
end
p 5.integer?, 5.finite?, 5.infinite?
p 5.between?(1, 5), 5.clamp(6, 9)
p 3.eql?(3), 3.equal?(3), 3 == 3.0, 3.eql?(3.0)
p Integer === 3, Numeric === 3, Comparable === 3, Float === 3
p 3.is_a?(Integer), 3.kind_of?(Numeric), 3.instance_of?(Integer)
p 7.pred, 7.succ, 7.next, 7.ord
p 10.size rescue p :x
