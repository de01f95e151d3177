m = /(\w+)@(\w+)\.com/.match("contact: bob@example.com today")
p m[0], m[1], m[2], m[3]
p m.pre_match, m.post_match
p m.captures, m.to_a, m.size
p m.begin(0), m.end(0), m.begin(1), m.offset(2)
p m.values_at(1, 2)
n = /(?<user>\w+)@(?<host>\w+)/.match("x alice@home y")
p n[:user], n["host"], n.names, n.named_captures
p n.to_s
if "2024-12-31" =~ /(\d+)-(\d+)-(\d+)/
  p [$1, $2, $3].map(&:to_i), $~.class, Regexp.last_match(2)
end
p "no" =~ /yes/, $~, $1
"abc" =~ /b/
def inner_match = ("xyz" =~ /y/; $~[0])
p inner_match, $~[0]
p "a1b2".gsub(/\d/) { "<#{$~[0]}>" }
md = "key=val".match(/(?<k>\w+)=(?<v>\w+)/)
k, v = md.captures
p k, v
p md.deconstruct_keys([:k]) rescue p :nodk
case "2020-01"
in /(\d+)-(\d+)/ then p $~[1]
end
p "aaa".match(/a/, 1).begin(0)
p "test".match(/(x)?t/).to_a
