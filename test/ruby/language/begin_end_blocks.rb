puts "main 1"
END { puts "END block 1" }
BEGIN { puts "BEGIN runs first" }
at_exit { puts "at_exit" }
END { puts "END block 2" }
puts "main 2"
