at_exit { puts "at_exit runs before the error report" }
puts "going"
Rabbit
