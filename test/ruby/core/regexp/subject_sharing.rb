# gsub/sub/scan/split/match? keep one snapshot of their subject across matches:
# results, $~ and MatchData#string after the subject is changed or is a subclass.
class MyStr < String; end
s = +"hello world foo"
r = s.gsub("o", "0")
p r, $~[0], $~.string, $~.pre_match, $~.post_match
s << "!"
p $~.string, $~.string.frozen?
p s.gsub(/o+/) { $~.begin(0) }
p s.sub(/w(or)/, '<\1>'), $1
p s.gsub!("l", "L"), s, $~[0]
p "no".gsub("x", "y"), $~
f = "a1 b22 c333".freeze
p f.scan(/\d+/), $~.string.equal?(f), $~[0]
p f.scan(/(\w)(\d+)/), $~.captures
p f.split(/ /), f.split(/(\d)/)
m = MyStr.new("abc abd")
p m.gsub("ab", "X"), $~.string.class, $~.string.frozen?
p m.scan(/ab./), m.split(/b/)
"q" =~ /q/
p "abc123".match?(/\d+/), $~[0]
"zz" =~ /z/
p "abc".match?(/b/), $~[0]
p "abc".match?(/b/, 2), "abc".match?("c", 1), "abc".match?(/x/)
p "héllo wörld".gsub("ö", "o"), "héllo".scan(/l/), "ééé".gsub(//, "-")
t = +"xyx"
p t.gsub(/x/) { t.frozen? ? 1 : 2 }
