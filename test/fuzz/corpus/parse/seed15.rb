2 ** -1
{a: 1, "b": 2, "c#{1}": 3, 4 => 5, **h}
a.(1)
not a
until a; b; end
def ==(o) = true
x = 1; foo { |x| x }
s =~ /(?<a>.)/
