p(/abc/ =~ "xxabc")
p(/abc/.match?("ab"))
p /a.c/.match("abc")[0]
p /(\d+)-(\d+)/.match("10-20").captures
p /(?<y>\d{4})-(?<m>\d\d)/.match("2024-05").named_captures
p "foo123bar" =~ /\d+/, $~[0], $`, $'
p /\Aabc\z/.match?("abc\n"), /\Aabc$/.match?("abc\n")
p /x/i.match?("X"), /a b/x.match?("ab"), /a.b/m.match?("a\nb")
p Regexp.new("a+").source, Regexp.new("A", Regexp::IGNORECASE).match?("a")
p Regexp.union("a.b", /c/), Regexp.escape("1+1=2?")
p /(a)(b)?/.match("a").to_a
p "aaa" =~ /a{2}/, "ab" =~ /a{3}/
p "hello world".scan(/o(?=\s)/), "price: $42".match(/(?<=\$)\d+/)[0]
p "The Cat".match(/(?i)cat/)[0]
p "one two three".split(/\s+/, 2)
p "a1b22c333".scan(/[a-z]\d+/)
p "tel: 555-1234".sub(/(\d{3})-(\d{4})/, '(\1) \2')
p "x" * 3 =~ /xxx/
p /[[:alpha:]]+/.match("123abc")[0], /\p{Digit}+/.match("ab12")[0] rescue p :noclass
p "über".match?(/\w+/)
r = /(?<word>\w+)\s\k<word>/
p r.match?("hello hello"), r.match?("hello world")
p "CSV,line;with|seps".split(/[,;|]/)
p "hello"=~/l(?!l)/
p "aAbB".scan(/[A-Z]/).join
p /a/.frozen?
p (/a/ =~ nil)
begin
  Regexp.new("(")
rescue RegexpError => e
  puts e.class
end
