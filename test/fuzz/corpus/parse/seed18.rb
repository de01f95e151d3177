-9223372036854775808
1..2
a[1] = 2
a || b && c
case x; when 1, 2 then a; when 3; b; else c; end
def +@; end
begin; a; rescue *E; b; end
x = <<-EOS
  a
  EOS
