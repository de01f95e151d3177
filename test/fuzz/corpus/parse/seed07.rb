0d99
/a#{b}c/m
foo a: 1, b: 2
1 + 2 * 3
begin; x; end until y
def f(**nil); end
foo { |a, | }
case x; in -> y { y } then 1; end
