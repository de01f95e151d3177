puts "before abort"
$stdout.flush
at_exit { puts "at_exit after abort" }
abort
