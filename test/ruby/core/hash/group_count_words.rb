text = "one two three two three three"
counts = Hash.new(0)
text.split.each { |w| counts[w] += 1 }
p counts
p text.split.tally == counts
p counts.sort_by { |w, c| -c }.map(&:first)
by_len = text.split.uniq.group_by(&:length)
p by_len
index = Hash.new { |h, k| h[k] = [] }
text.split.each_with_index { |w, i| index[w] << i }
p index
p index.transform_values(&:size).max_by(&:last)
nested = Hash.new { |h, k| h[k] = Hash.new(0) }
[["x", :a], ["x", :b], ["y", :a], ["x", :a]].each { |g, t| nested[g][t] += 1 }
p nested
