'a\'b\\c\n'
(1..)
a.b = 1
a != b
case x; when *y then 1; end
def !; end
begin; end
x = <<'EOS'
a #{1}
EOS
