puts "hello"
puts 42
puts 3.5
puts nil
puts true
puts false
puts
puts "a", "b"
puts [1, [2, [3]]]
puts []
print "x", "y", "\n"
