s = "The year 2024 and 1999"
if s =~ /(\d{4})/
  p $~[0], $1, $~.pre_match, $~.post_match
end
p s =~ /zzz/
p $~
p s.match?(/\d/)
m = s.match(/(?<first>\d+)\D+(?<second>\d+)/)
p m[:first], m["second"]
p m.names
p s.scan(/\d+/)
p s.scan(/(\d)(\d)\d\d/)
p s.gsub(/\d/, "#")
p s.gsub(/(\d+)/) { $1.to_i + 1 }
p s.gsub(/\d+/, "2024" => "X", "1999" => "Y")
p s.sub(/(\w+) (\w+)/, '\2 \1')
p "a-b_c".gsub(/[-_]/, "-" => "+", "_" => "=")
p s.index(/\d/)
p "foo bar" !~ /baz/
p "CaSe" =~ /case/i
p "multi\nline" =~ /^line/
p "x.y" =~ /\./
p "%r form".match(%r{r\s(\w+)})[1]
if /(?<word>\w+)/ =~ "named capture"
  p word
end
p Regexp.escape("a.b*c")
p Regexp.new("h(.)llo").match("hallo")[1]
p(/a/.source, /a/i.options)
p "aaa".sub(/a/) { |x| x.upcase }
p $~ && $~[0]
