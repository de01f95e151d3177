"a\tb\n\e\s\0\x41\101\u00e9\u{41 42}\cA\C-a\M-a"
(..2)
a.b += 1
a !~ b
loop { break }
def <=>(o); end
begin; a; end
foo(<<A, <<B)
a
A
b
B
