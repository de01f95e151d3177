at_exit do
  puts "last handler"
end
at_exit do
  puts "changing status"
  exit 7
end
puts "main"
