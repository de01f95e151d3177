tries = Hash.new(0)
out = []
[1, 2, 3].each do |x|
  tries[x] += 1
  redo if x == 2 && tries[x] < 3
  out << [x, tries[x]]
end
p out
p tries
