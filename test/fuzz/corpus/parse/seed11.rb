3r
[]
foo bar { 1 }
-a
if a; b; elsif c; d; else e; end
def obj.f; end
foo { _1 + _2 }
x in Integer
