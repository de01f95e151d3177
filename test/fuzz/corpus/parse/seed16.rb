9223372036854775807
x = 1; {x:}
a[1, 2]
a && b || c
for x in y; z; end
def [](i); end
foo { |x| foo { x } }
/#{x}(?<a>.)/ =~ s
