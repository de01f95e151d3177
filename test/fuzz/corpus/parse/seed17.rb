9223372036854775808
{y:}
a[]
a and b or c
for a, b in y do z end
def []=(i, v); end
begin; a; rescue A, B => e; b; rescue => e; c; else; d; ensure; f; end
foo(<<~EOS)
  a
    b
EOS
