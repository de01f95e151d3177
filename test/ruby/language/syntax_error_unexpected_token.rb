puts "not printed"
x = 1 + * 2
