# Struct.new: a keyword_init class inspects with its flag; bad names and members raise.
K = Struct.new(:a, :b, keyword_init: true)
p K, K.to_s, "#{K}", K.new(a: 1)
F = Struct.new(:a, keyword_init: false)
p F
p Struct.new(:a, "b").members
p Struct.new("Named2", :a).new(1)
[-> { Struct.new(1) }, -> { Struct.new(:a, 1) }, -> { Struct.new(:a, :a) },
 -> { Struct.new(:a, "a") }, -> { Struct.new("lower") }, -> { Struct.new(:a, nil) }].each do |f|
  f.call
rescue TypeError, ArgumentError => e
  p e
rescue NameError => e
  p e.class, e.message.lines.first.chomp
end
