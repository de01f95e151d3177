at_exit { puts "first registered runs last" }
at_exit { raise "error inside at_exit" }
puts "main"
