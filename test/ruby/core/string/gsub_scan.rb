s = "hello world, hello ruby"
p s.gsub("hello", "bye")
p s.gsub(/o/, "0")
p s.gsub(/(l+)/) { $1.length.to_s }
p s.gsub(/\b(\w)/) { $1.upcase }
p s.gsub(/(?<w>h\w+)/, '<\k<w>>')
p s.gsub(/[aeiou]/, "a" => "4", "e" => "3", "o" => "0")
p s.sub(/world/) { |m| m.reverse }
p s.gsub("o") { |m| m.ord.to_s }
p s.scan(/\w+/)
p s.scan(/(\w)(\w)/).first(2)
p s.scan("hello").size
r = []
s.scan(/l+/) { |m| r << m }
p r
t = s.dup
t.gsub!("hello", "HI")
p t
p t.gsub!("zzz", "y")
p t.sub!("HI", "yo")
p "a.b.c".gsub(".", "-")
p "tab\tsep".gsub(/\s/, "\\\\t")
p "aaa".gsub(/a/, "a" => "b")
p "2 + 3 = 5".gsub(/\d/) { |d| (d.to_i * 2).to_s }
p "snake_case_name".gsub(/_(\w)/) { $1.upcase }
p "CamelCaseName".gsub(/([A-Z])/) { "_" + $1.downcase }.sub(/^_/, "")
p "x-1 y-22".gsub(/(\w)-(\d+)/, '\2\1')
p "abc".gsub("", "-")
p "hello"[/l+/]
p "hello"[/(h)(e)/, 2]
p "key=value".partition("=")
p "a=b=c".rpartition("=")
