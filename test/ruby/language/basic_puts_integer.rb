puts 42
puts -7
puts 0
