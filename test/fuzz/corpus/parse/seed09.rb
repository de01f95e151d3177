1e3
`ls`
foo 1 do |x| end
1 - 2 - 3
if a; b; end
def f((a, b), c); end
foo { |a, b: 1, **c, &d| }
case x; in a:, b: then 1; end
