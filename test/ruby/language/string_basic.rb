s = "Hello, World"
p s.length
p s.upcase
p s.downcase
p s.swapcase
p s.reverse
p s.include?("World")
p s.start_with?("Hell")
p s.end_with?("d")
p s.index("o")
p s.rindex("o")
p s[0]
p s[0, 5]
p s[0..4]
p s[-5..]
p s.sub("World", "Ruby")
p s.split(", ")
p s.chars.first(3)
p s + "!"
p s * 2
p "  pad  ".strip
p "abc".center(9, "*")
p "abc".ljust(6, ".")
p "abc".rjust(6)
p "a-b-c".tr("-", "_")
p "hello".count("l")
p "hello".delete("l")
p "hello".squeeze
p "title case".capitalize
p "abc" <=> "abd"
p "abc" == "abc"
p "ab".ord
p 97.chr
