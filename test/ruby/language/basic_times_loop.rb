3.times do |i|
  puts "iteration #{i}"
end
