begin
  raise "oops"
rescue => e
  puts "caught: " + e.message
end
puts "after"
