p Array.new(2) { [] }.each_with_index.map { |a, i| a << i }
shared = Array.new(2, [])
shared[0] << :x
p shared
p [1, 2, 3].join(", "), [1, [2, [3]]].join(","), [].join
p [1, 2, 3].to_s, [1, 2, 3].inspect
p ["a", :b, nil, 1.5, [2]].to_s
p [1, 2, 3].pack("C*").bytes rescue p :nopack
p [1, 2, 3].any? { |x| x > 2 }, [1, 2, 3].all?(Integer), [].all?, [].any?, [nil].none?, [1, 2].one?(2)
p [1, 2, 3].count(&:odd?)
p [1, 2, 3].first(10)
p [1, 2, 3, 4].take_while { |x| x < 3 }, [1, 2, 3, 4].drop_while { |x| x < 3 }
p [3, 1].frozen?, [].hash == [].hash
p [1, 2, 3].sum { _1 * 2 } rescue p :no
p [1, [2, 3]].flatten.size
p [[1, 2], [3, 4]].map { |a, b| a * b }
p [1, 2, 3].each_slice(1).to_a.flatten == [1, 2, 3]
p %w[a b c].each_with_index.to_h
p [1, 2, 2, 3, 3, 3].chunk_while { |a, b| a == b }.map(&:size)
p [1, 2, 4, 5, 7].slice_when { |a, b| b != a + 1 }.to_a
p (1..6).each_slice(2).map(&:sum)
p [1, 2, 3].step rescue p $!.class
p [1, 2, 3].reverse.reverse == [1, 2, 3]
p [[3, "c"], [1, "a"]].min
p ["x"].cycle(2).to_a
p [1, 2, 3].sum.to_s + "!"
