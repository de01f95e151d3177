S = Struct.new(:name, :tags)
s = S.new("x", [1, :a])
p s
puts s.to_s
puts s.inspect
p S.new
anon = Struct.new(:v)
p anon.new(1)
K = Struct.new(:a, keyword_init: true)
p K.new(a: 1)
p [S.new("n", nil)]
module Ns
  Item = Struct.new(:id)
end
p Ns::Item.new(7)
