# $~ after sub/gsub is the last successful match (nil when nothing matched); the
# result keeps the receiver's encoding.
"hello world".gsub(/o/) { "0" }
p $~ && [$~[0], $~.begin(0)]
"hello".gsub(/l/, "L")
p $~ && [$~[0], $~.begin(0)]
"hello".gsub(/z/, "Z")
p $~
"hello".sub(/l+/, "L")
p $~[0], $~.pre_match
s = "a-b-c"
s.gsub!("-", "+")
p s, $~[0]
p "ab".b.sub("a", "x").encoding, "ab".b.gsub(/b/, "y").encoding, "ab".b.sub("z", "x").encoding
p "ab".sub("a", "x").encoding
p "caf\xC3\xA9".b.gsub("a") { "A" }
p "x1y22z333".gsub(/\d+/) { |d| (d.to_i * 2).to_s }, $~[0]
