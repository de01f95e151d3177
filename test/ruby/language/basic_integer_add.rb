puts 1 + 2
puts 10 - 4
puts 3 * 5
puts 20 / 3
puts 20 % 3
