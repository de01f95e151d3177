r = /(\d+)/
p r.match("abc 123 def 456")[1], r.match("abc 123", 5)&.[](1), r.match("none")
p r =~ "x5", r === "55", r.match?("a")
p "abc 123".match(r).begin(0), "abc 123".match(r).end(1)
p "a1b2c3".gsub(r) { ($1.to_i * 2).to_s }
p "k1=v1&k2=v2".scan(/(\w+)=(\w+)/).to_h
case "2024-06-01"
when /\A(\d{4})-(\d\d)/ then p [$1, $2]
end
p "hello world".match(/(?<first>\w+)/) { |m| m[:first].upcase }
p "aaa".enum_for(:scan, /a/).map { Regexp.last_match.begin(0) }
p "test" !~ /x/, "test" !~ /t/
