at_exit { puts "at_exit still runs" }
x = [1, 2, 0].map { |d| 10 / d }
p x
