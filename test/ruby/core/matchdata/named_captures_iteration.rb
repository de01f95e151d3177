re = /(?<key>\w+)=(?<val>\w+)/
text = "a=1 bb=22 ccc=333"
text.scan(re) { p $~.named_captures }
p text.to_enum(:scan, re).map { Regexp.last_match[:key] }
m = re.match(text, 4)
p m[:key], m.begin(:key) rescue p m.begin(0)
p re.names, re.named_captures
if (md = "x=9".match(re))
  key, val = md.captures
  p [key, val], md.values_at(:key, :val) rescue p [key, val]
end
p "nothing".match(re)
