collatz = Hash.new do |h, n|
  h[n] = n == 1 ? 1 : 1 + h[n.even? ? n / 2 : 3 * n + 1]
end
p collatz[27]
best = (1...1000).max_by { |n| [collatz[n], n] }
p best, collatz[best]
word_index = Hash.new { |h, k| h[k] = [] }
%w[apple avocado banana blueberry cherry].each { |w| word_index[w[0]] << w }
p word_index
p word_index["z"], word_index.keys
counts = Hash.new(0)
"abracadabra".each_char { |c| counts[c] += 1 }
p counts.sort_by { |c, n| [-n, c] }
p Hash.new { |_, k| raise KeyError, "no #{k}" }.then { |h| begin; h[:x]; rescue KeyError => e; e.message; end }
