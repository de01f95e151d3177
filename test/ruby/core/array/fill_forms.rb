# Array#fill with start/length, ranges (endless, past the end, negative) and a block.
p [1,2,3].fill(0, 5..6)
p [1,2,3].fill(9, -5)
p [1,2,3].fill(1) { |i| i * 10 }
p [1,2,3].fill(9, nil, 1)
p [1,2,3].fill(9, -2..)
p [1,2].fill(7, 1, 3)
p [1,2].fill { _1 }
p [1,2,3].fill(0, 1...2)
p [1,2,3].fill(0, 1, -1)
p [1,2,3].fill(0, ..1)
begin
  [1,2,3].fill(0, -5..-4)
rescue RangeError => e
  p e
end
begin
  [1].fill
rescue ArgumentError => e
  p e
end
