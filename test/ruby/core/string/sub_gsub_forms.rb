s = "2024-01-15"
p s.sub("-", "/"), s.gsub("-", "/")
p s.sub(/(\d+)-(\d+)-(\d+)/, '\3.\2.\1')
p s.sub(/(?<y>\d+)-(?<m>\d+)/, '\k<m>/\k<y>')
p s.gsub(/\d/) { |d| (9 - d.to_i).to_s }
p s.gsub(/[-]/, "-" => "")
p s.gsub("1", "1" => "one")
p "aaa".sub("a") { "b" }
p "a.b.c".gsub(".", "\\\\")
p "x".gsub(/x/, '\0\0')
p "hello".gsub(/l/, "L" => "!")
p "cat hat".gsub(/(\w)at/) { "#{$1.upcase}AT" }
p "path/to/file".gsub("/", "::")
e = "abc".gsub(/b/)
p e.class
