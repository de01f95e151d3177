# Backtrace labels of eval'd code: the label of the code eval runs in (or of its
# binding's), and its blocks one level deeper, as CRuby 3.1.
def mm; eval("[1].each { return caller(0)[0..1] }"); end
p mm
[1].each { p eval("caller(0)[0]") }
[1].each { p eval("[2].map { caller(0)[0] }") }
[1].each { [2].each { p eval("[3].map { caller(0)[0] }") } }
class Foo; p eval("caller(0)[0]"); end
def bb; binding; end
p eval("caller(0)[0]", bb)
p eval("caller(0)[0]")
p eval("eval('caller(0)[0]')")
begin; eval("raise 'x'"); rescue => e; p e.backtrace; end
begin; eval("foo_undefined_xyz"); rescue NameError => e; p e.backtrace[0]; end
def deep = eval("[1].map { [2].map { caller(0)[0] } }")
p deep
p eval("__method__"), eval("def in_eval = __method__; in_eval")
