1.5
%r{a/b}x
foo(a, :b => 2)
(1 + 2) * 3
foo rescue bar
def f(...); g(...); end
foo { |a; b| }
case x; in a, b then 1; end
