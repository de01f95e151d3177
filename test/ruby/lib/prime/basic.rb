require 'prime'

p Prime.first(15), Prime.take(3)
p Prime.each(50).to_a
p Prime.prime?(97), Prime.prime?(1), 7919.prime?, 7917.prime?, 2.prime?, 0.prime?, -3.prime?
p Prime.prime_division(360), 1001.prime_division, Prime.prime_division(-12), Prime.prime_division(97)
p Prime.int_from_prime_division([[2, 3], [3, 2], [5, 1]]), Integer.from_prime_division([[7, 2]])
p Prime.include?(13), Prime.include?(14)
p Prime.each(30).select(&:odd?).size
p Prime.lazy.select { |x| x % 10 == 3 }.first(5)
sum = 0
Prime.each(1000) { |q| sum += q }
p sum
p Prime.find { |q| q > 10_000 }
p Prime.each_with_index.first(3)
p Prime.instance.each(10).to_a
p Prime::EratosthenesGenerator.new.take(5), Prime::Generator23.new.take(8)
