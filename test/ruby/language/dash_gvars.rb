# The -x switch variables of CRuby 3.1: $-0 ($/), $-F ($;), $-I ($:), $-W (warning
# level), $-a/$-l/$-p (the switches, false), $-d/$-v/$-w.
p [$-0, $-F, $-I.equal?($:), $-W, $-a, $-l, $-p, $-i, $-d, $-v, $-w]
$/ = "X"
p $-0
$/ = "\n"
p defined?($-0), defined?($-W)
