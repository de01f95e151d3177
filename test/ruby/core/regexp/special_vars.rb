if "John: 42" =~ /(\w+): (\d+)/
  p $~[0], $1, $2, $3, $`, $', $&, $+
end
p Regexp.last_match(1), Regexp.last_match.class
"no match" =~ /zzz/
p $~, $1
def in_method
  "inner" =~ /(inn)/
  $1
end
"outer" =~ /(out)/
p in_method, $1
[1].each { "block" =~ /(blo)/ }
p $1
m = "abc".match(/b/)
p m.pre_match, m.post_match, $~.equal?(m)
"x1y2" =~ /(?<letter>[a-z])(?<num>\d)/
p $~[:letter], $~["num"]
