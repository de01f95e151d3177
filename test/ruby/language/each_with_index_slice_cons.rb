%w[zero one two].each_with_index { |w, i| puts "#{i}=#{w}" }
(1..7).each_slice(3) { |sl| p sl }
(1..5).each_cons(2) { |a, b| print a * b, " " }
puts
p %w[a b c d].each_slice(2).map(&:join)
p [1, 5, 2, 8].each_cons(2).map { |a, b| b > a ? :up : :down }
p %w[x y z].each_with_index.to_h
