at_exit { puts "handler" }
puts "start"
$stdout.flush
abort "fatal message"
