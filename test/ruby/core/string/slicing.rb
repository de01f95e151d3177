s = "hello world"
p s[0], s[-1], s[100]
p s[0, 5], s[6, 100], s[11, 1], s[12, 1]
p s[0..4], s[0...4], s[6..], s[..4], s[-5..-2]
p s[/w\w+/]
p s.slice(3..)
t = s.dup
t[0] = "J"
p t
t[-5..] = "there"
p t
t[/there/] = "all"
p t
t["all"] = "you"
p t
t[0, 5] = "Bye"
p t
u = +"abcdef"
p u.slice!(1..2)
p u
p "abc".chars.each_slice(2).map(&:join)
p "hello".each_char.to_a.rotate(1).join
p "line one\nline two".lines.map(&:split).flatten
p "a,b;c d".split(/[,; ]/)
p "2024-01-15".split("-").map(&:to_i)
p "key: value".split(": ", 2)
p "  multiple   spaces  ".split(" ")
p "abc".insert(-1, "Z"), "abc".insert(0, "Z")
p "hello"[1..-1]
begin
  "abc"[5] = "x"
rescue IndexError => e
  puts "#{e.class}: #{e.message}"
end
