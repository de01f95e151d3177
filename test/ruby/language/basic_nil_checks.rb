x = nil
p x
p x.nil?
p x.to_s
puts "nil is falsy" unless x
