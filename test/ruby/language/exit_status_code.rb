at_exit { puts "at_exit 1" }
at_exit { puts "at_exit 2" }
puts "main"
exit 3
puts "not reached"
