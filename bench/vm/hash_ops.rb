# Hash insert and lookup with String keys and with Symbol keys.
n = 400_000
str_keys = Array.new(n) { |i| "key#{i}" }
h = {}
str_keys.each_with_index { |k, i| h[k] = i }
sum = 0
5.times do
  str_keys.each { |k| sum += h[k] }
end
miss = 0
n.times { |i| miss += 1 unless h["nokey#{i}"] }

syms = %i[alpha beta gamma delta epsilon zeta eta theta iota kappa]
sh = {}
syms.each_with_index { |s, i| sh[s] = i }
ssum = 0
2_000_000.times do |i|
  ssum += sh[syms[i % 10]]
end

counts = Hash.new(0)
500_000.times { |i| counts[i % 1000] += 1 }

h.delete("key0")
puts h.size
puts sum
puts miss
puts ssum
puts counts.size
puts counts[999]
