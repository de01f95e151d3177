(1..3).each { |i| puts i }
p (1..4).to_a
for i in 1..2
  puts "for #{i}"
end
