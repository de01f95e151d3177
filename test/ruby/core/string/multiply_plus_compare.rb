p "ab" * 3, "ab" * 0, "-" * 10
p "a" + "b" + "c"
p "abc" == "abc", "abc".eql?("abc"), "abc".equal?("abc")
p "a" <=> "b", "b" <=> "a", "a" <=> "a", "a" <=> 1, "abc" <=> "ab"
p "a" < "b", "Z" < "a", "10" < "9"
p "abc".casecmp("ABD"), "abc".casecmp?("ABC")
p "abc".hash == "abc".dup.hash
p "x" == :x, "1" == 1
