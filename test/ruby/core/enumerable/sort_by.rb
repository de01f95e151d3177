words = %w[pear fig banana kiwifruit apple]
p words.sort_by(&:size)
p words.sort_by { |w| [-w.size, w] }
p words.sort_by(&:reverse)
p (1..10).sort_by { |n| [n % 3, -n] }
p({ b: 2, a: 3, c: 1 }.sort_by { |k, v| v })
p [3, 1, 2].sort_by { -_1 }
people = [{ n: "al", a: 3 }, { n: "bo", a: 1 }, { n: "cy", a: 2 }]
p people.sort_by { |h| h[:a] }.map { |h| h[:n] }
p [0.5, -1.5, 1.0].sort_by(&:abs)
p %w[b A c].sort_by(&:downcase)
