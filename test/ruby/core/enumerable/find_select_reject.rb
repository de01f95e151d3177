nums = (1..20).to_a
p nums.find { |n| n % 7 == 0 }
p nums.detect { |n| n > 100 }
p nums.select { |n| n % 5 == 0 }
p nums.filter(&:even?).size
p nums.reject { |n| n < 18 }
p nums.find_all { |n| n.to_s.include?("1") }
p nums.find_index(10), nums.find_index { |n| n * n > 50 }
p nums.filter_map { |n| n * 2 if n > 17 }
p nums.grep(5..7), nums.grep_v(2..19)
p %w[ab cd ae].grep(/a/) { |s| s.upcase }
p nums.count(&:odd?), nums.count(3)
