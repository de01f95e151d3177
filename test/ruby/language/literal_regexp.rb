word = "ca"
p(/cat/ =~ "concat")
p(/#{word}t/ =~ "cat")
p(/CAT/i.match?("cat"))
p(%r{a/b}.source)
p(%r[x+]i.options)
p(/a
   b # comment
  /x.match?("ab"))
p(/./m.match?("\n"))
p(/\//.source)
p(/\d+/.class)
p(/(?<n>\w)/.names)
p(/a/ == /a/, /a/ == /a/i)
p(/a/.inspect, /a\/b/i.inspect)
p(/x/.to_s)
r = /#{"a.b"}/
p r.match?("axb")
r2 = /#{Regexp.escape("a.b")}/
p r2.match?("axb")
