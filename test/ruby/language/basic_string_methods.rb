s = "hello"
puts s.upcase
puts s.reverse
puts s.length
puts s.include?("ell")
puts s[0]
