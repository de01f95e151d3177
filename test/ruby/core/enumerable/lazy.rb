squares = (1..Float::INFINITY).lazy.map { |x| x * x }
p squares.first(5)
p squares.select(&:even?).first(3)
p squares.reject(&:odd?).map { |x| x / 2 }.take(2).to_a
p (1..20).lazy.filter_map { |x| x * 3 if x.even? }.first(4)
p (1..3).lazy.zip(%w[a b c]).to_a
p (1..Float::INFINITY).lazy.take_while { |x| x < 4 }.to_a
calls = 0
(1..1_000_000).lazy.map { |x| calls += 1; x }.first(3)
p calls
p (1..3).lazy.eager.class rescue p :noeager
p (1..5).lazy.chunk_while { |a, b| b == a + 1 }.first rescue p :x
p (1..4).lazy.uniq { |x| x % 2 }.to_a
