puts "not printed"
[1, 2, 3].each do |x|
  puts x
