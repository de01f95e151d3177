p [1, 2, 3].flat_map { |x| [x, x * 10] }
p [[1, 2], [3]].flat_map(&:itself)
p [1, [2, [3]]].flat_map { |x| x }
p %w[a b].flat_map { |s| [s, s.upcase] }
p (1..3).flat_map { |x| [x] * x }
p [1, 2].flat_map { |x| x }
p({ a: [1, 2], b: [3] }.flat_map { |k, vs| vs.map { |v| [k, v] } })
p [].flat_map { |x| [x] }
p ["a b", "c"].flat_map(&:split)
