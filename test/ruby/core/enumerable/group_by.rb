words = %w[ant bee cat dog eel fox gnu ant]
p words.group_by(&:size)
p words.group_by { |w| w[0] }.keys
p (1..10).group_by { |n| n % 3 }
p (1..10).group_by(&:even?).transform_values(&:sum)
p [].group_by(&:itself)
people = [["al", 30], ["bo", 25], ["cy", 30]]
p people.group_by(&:last).map { |age, ps| [age, ps.map(&:first)] }.to_h
p words.group_by(&:itself).select { |_, v| v.size > 1 }.keys
