[1, 2, 3].each { |x| print x }
puts
[1, 2, 3].each do |x|
  print x * 10, " "
end
puts
def twice
  yield 1
  yield 2
end
twice { |v| puts "got #{v}" }
def with_ret
  r = yield 5
  "block returned #{r}"
end
puts with_ret { |x| x * 2 }
def bg
  block_given? ? "yes" : "no"
end
puts bg
puts bg {}
sum = 0
(1..4).each { |i| sum += i }
p sum
p [1, 2, 3].map { |x| x * x }
p [[1, 2], [3, 4]].map { |a, b| a + b }
p 3.times.to_a
