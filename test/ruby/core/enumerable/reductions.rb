words = %w[apple banana cherry date elderberry fig grape]
p words.group_by(&:size)
p words.tally_by(&:size) rescue p words.map(&:size).tally
p words.map(&:size).tally.sort.to_h
p words.partition { |w| w.size > 5 }
p words.each_with_object(Hash.new(0)) { |w, h| h[w[0]] += 1 }.size
p words.min_by(&:size), words.max_by(&:size), words.sort_by { |w| [w.size, w] }.first(3)
p words.sum(""), words.inject { |a, b| a.size > b.size ? a : b }
p words.reduce(0) { |s, w| s + w.size }
p words.count { |w| w.include?("e") }
p words.find_all { |w| w.start_with?("b", "c") }
p words.grep(/an/), words.grep_v(/e/)
p [1, "a", :b, 2.0].grep(Numeric)
p words.each_slice(3).map(&:first)
p words.each_cons(2).count { |a, b| a < b }
p words.zip(words.rotate).first(2)
p words.flat_map(&:chars).uniq.size
p words.chunk { |w| w.size.even? }.map { |even, ws| [even, ws.size] }
p words.min(2), words.min(2) { |a, b| a.size <=> b.size }
p words.sort_by(&:size).last
p words.uniq(&:size)
p words.to_h { |w| [w, w.size] }.first(2)
p words.each_with_index.max_by { |w, i| w.size * i }
p (1..6).inject(:*), (1..6).sum { |x| x * x }
p [[1, 2], [3, 4]].sum([])
p [1, 2, 3, 4].minmax, %w[b a c].minmax
