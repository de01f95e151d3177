scores = { "al" => 83, "bo" => 95, "cy" => 71, "di" => 95 }
p scores.sort_by { |n, s| [-s, n] }
p scores.sort_by { |n, s| [-s, n] }.to_h.keys
p scores.max_by { |n, s| [s, n] }, scores.min_by { |_, s| s }
p scores.sum { |_, s| s }, scores.values.sum / scores.size
p scores.sort.first, scores.sort.last
p scores.to_a.sort_by { |n, s| [s, n] }.map(&:first)
p scores.select { |_, s| s == scores.values.max }.keys
p scores.each_with_index.map { |(n, s), i| "#{i + 1}. #{n}" }
p scores.minmax_by { |n, s| [s, n] }
