# SyntaxErrors CRuby 3.1 reports (message, source line, caret) for parameter lists out of
# parse.y's order, assignments to pseudo variables, numbered parameter names, singleton
# defs on literals and malformed numbers.
def show(src)
  eval(src, nil, "s.rb")
  puts "ok: #{src.inspect}"
rescue SyntaxError => e
  puts e.message, "--"
end

[
  "def f(a=1, b, c=2); end", "def f(a=1, b, *c); end", "def f(*a, b=1); end",
  "def f(*a, *b); end", "def f(**k, *a); end", "def f(**k, a); end",
  "def f(**k, a: 1); end", "def f(**k, **j); end", "def f(k: 1, a); end",
  "def f(k: 1, *a); end", "def f(&b, a); end", "def f(*a, b, c=1); end",
  "def f(a, b=1, c, d=2); end", "def f(**nil, a:); end", "def f(..., a); end",
  "def f(a, ...); end", "def f(*, ...); end", "def f(k:, *); end",
  "proc { |a=1, b, c=2| }", "proc { |**k, *a| }", "proc { |k: 1, a| }",
  "proc { |*a, *b| }", "->(a=1, b, c=2) {}", "->(**k, *a) {}",
  "def f a=1, b, c=2\nend", "def f(a, b = 1, *c, d, e:, f: 2, **g, &h); end",
  "__FILE__ = 1", "__LINE__ = 1", "__ENCODING__ = 1", "nil = 1", "self = 1",
  "true = 1", "x, false = 1",
  "_1 = 1", "proc{|x| _1}", "->(x) { _1 }", "def f(_1); end", "proc { |_1| }",
  "proc { _1 = 2 }", "def _1; end", "proc { |;_1| }", "proc { |a, (b, _2)| }",
  "p(_1: 1)", "x = _1 rescue 0",
  "def (1).y; end", "def ([1]).y; end", "def (\"ab\").y; end", "def (:a).y; end",
  "def (1.5).y; end", "def (\"a\#{1}\").y; end", "def (/a/).y; end", "def (nil).y; end",
  "x = 1_", "x = 0x", "x = 09", "x = 1.5_", "x = 0_", "x = 0o_", "x = 0d",
  "x = 08_1", "x = 0_8", "x = 1e1_", "x = 0b1_", "x = 1_000_000",
].each { |s| show(s) }
