puts "before"
$stdout.flush
raise ArgumentError, "uncaught"
puts "after"
