words = %w[pear fig banana kiwifruit apple]
p words.min_by(&:size), words.max_by(&:size)
p words.min_by(2, &:size), words.max_by(2, &:size)
p words.minmax_by(&:size)
p words.min, words.max, words.minmax
p words.min(2), words.max(2)
p [].min_by { |x| x }, [].max
p (1..10).max_by { |n| (n - 6).abs * -1 }
p({ a: 3, b: 1 }.min_by { |_, v| v })
p [3, 1, 2].max { |a, b| b <=> a }
p [[1, :a], [1, :b]].min_by(&:first)
