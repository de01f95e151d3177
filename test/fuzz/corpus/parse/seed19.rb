0xffffffffffffffffffff
1...2
a[1] += 2
a == b
case; when a then 1; end
def -@; end
begin; a; ensure; b; end
x = <<EOS
a #{1}
EOS
