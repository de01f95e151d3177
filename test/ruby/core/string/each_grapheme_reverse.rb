p "hello".reverse, "".reverse, "a".reverse
p "résumé".reverse
p "stressed".reverse == "desserts"
p "racecar".then { |w| w == w.reverse }
words = "the quick brown fox"
p words.split.reverse.join(" ")
p words.split.map(&:reverse).join(" ")
p words.chars.sort.join.strip
p words.each_char.to_a.uniq.size
