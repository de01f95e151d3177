at_exit { puts "should not run" }
puts "start"
$stdout.flush
exit! 4
