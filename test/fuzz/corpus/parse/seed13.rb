2i
[1, a: 2]
a.b.c(1).d
!a
while a; b; end
def f = 1
foo { x = 1; _1 }
/(?<year>\d+)-(?<mon>\d+)/ =~ s; year
