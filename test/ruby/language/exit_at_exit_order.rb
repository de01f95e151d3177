at_exit do
  puts "outer at_exit"
  at_exit { puts "nested at_exit registered during exit" }
end
at_exit { puts "second registered, runs first" }
def cleanup = puts("cleanup method")
at_exit { cleanup }
puts "main done"
