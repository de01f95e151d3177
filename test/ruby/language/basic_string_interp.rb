name = "Ruby"
n = 3
puts "Hello #{name}"
puts "#{n} + #{n} = #{n + n}"
