out = []
(1..12).each { |i| out << i if (i == 3)..(i == 5) }
p out
out = []
(1..12).each { |i| out << i if (i % 4 == 0)...(i % 4 == 0) }
p out
out = []
(1..10).each { |i| out << i if (i == 2)..(i == 2) }
p out
lines = %w[noise BEGIN a b END noise BEGIN c END]
p lines.select { |l| true if (l == "BEGIN")..(l == "END") }
