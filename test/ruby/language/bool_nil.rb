p nil.to_a
p nil.to_s
p nil.to_i
p nil.inspect
p nil.nil?
p 1.nil?
p true & false
p true | false
p true ^ true
p false ^ true
p nil & true
p nil | 1
p !nil
p !!1
p true.to_s
p NilClass
p nil.class
p true.class
p false.class
p nil == false
p nil.to_h
p (nil.to_a + [1])
