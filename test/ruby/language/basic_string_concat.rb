s = "foo" + "bar"
puts s
puts s.length
puts "ab" * 3
