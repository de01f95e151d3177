1.5r
[1, *a, 2]
foo bar do 1 end
+a
unless a; b; else c; end
def Foo.f; end
foo { [1].each { _1 } }
x => {name:}
