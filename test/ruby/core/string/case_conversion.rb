p "hello World".upcase, "HELLO".downcase, "hello world".capitalize, "Hello".swapcase
p "ÉCOLE".downcase, "straße".upcase
p "mIxEd CaSe".split.map(&:capitalize).join(" ")
s = +"abc"
p s.upcase!, s.upcase!, s
p "snake_case_words".split("_").map.with_index { |w, i| i.zero? ? w : w.capitalize }.join
p "CamelCaseString".gsub(/([a-z])([A-Z])/, '\1_\2').downcase
