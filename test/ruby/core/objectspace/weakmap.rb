# ObjectSpace::WeakMap: identity keys, [], []=, key?/include?/member?, size, keys,
# values, each/each_pair/each_key/each_value (LocalJumpError without a block), inspect.
w = ObjectSpace::WeakMap.new
k = "a"
p((w[k] = "b"), (w[1] = 2), (w[:s] = nil))
p w.size, w.length, w[k], w["a"], w[1], w[:s], w[:none]
p w.key?(k), w.key?("a"), w.include?(1), w.member?(:s), w.key?(:none)
p w.keys, w.values, w.to_a, w.map { |a, b| [a, b] }.size, w.count
r = []
p w.each { |a, b| r << [a, b] }.equal?(w), r, w.each_pair { }.equal?(w)
p w.each_key { |x| r << x }.equal?(w), w.each_value { |x| r << x }.equal?(w), r.size
p ObjectSpace::WeakMap.ancestors.take(2), ObjectSpace::WeakMap.new.inspect.sub(/0x\h+/, "X")
e = ObjectSpace::WeakMap.new
e[1] = :x
e[nil] = true
p e.inspect.sub(/0x\h+/, "X")
p w.inspect.gsub(/0x\h+/, "X")
[-> { w.each }, -> { w.each_key }, -> { w.each_value }].each do |l|
  l.call
rescue LocalJumpError => err
  p err.message
end
