puts "not printed"
x = "unterminated
puts x
