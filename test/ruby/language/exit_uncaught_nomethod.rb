def helper(obj) = obj.missing_method
puts "before"
helper(nil)
puts "after"
