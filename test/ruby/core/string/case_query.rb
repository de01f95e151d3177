p "Hello".upcase, "Hello".downcase, "hello world".capitalize, "HeLLo".swapcase
p "hello"["ell"], "hello"["xyz"]
p "hello".start_with?("he", "x"), "hello".end_with?("lo")
p "hello".include?("ll")
p "".empty?, " ".empty?
p "abc" =~ /b/
p "abc".match?(/B/i)
p "abc".eql?("abc"), "abc".equal?("abc")
p "a" < "b", "B" < "a", "abc" <=> "ab"
p "abc".casecmp("ABC"), "abc".casecmp?("ABC")
p "hello".index("l"), "hello".index("l", 3), "hello".rindex("l")
p "hello".count("lo"), "hello".count("a-h")
p "hello world".delete("lo")
p "aaabbbccc".squeeze, "aaabbbccc".squeeze("a")
p "hello".tr("a-y", "b-z")
p "hello".tr("^l", "*")
p "hello".tr_s("l", "r")
p "ab12cd".delete("0-9")
p "abc".ord, "abc".hash == "abc".hash
p "hello".each_char.with_index.select { |c, i| i.even? }.map(&:first).join
p "The Quick".split.map(&:downcase)
p "abc".between?("abb", "abd")
p "str".is_a?(Comparable)
p "madam".reverse == "madam"
