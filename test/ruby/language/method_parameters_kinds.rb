# Method#parameters and Proc#parameters for every kind of parameter, with the names
# CRuby 3.1 gives nameless ones (*, **, &, ..., (a, b), **nil), and forwarding them.
def m1(a, b = 1, *c, d, e:, f: 2, **g, &h); end
def m2(*); end
def m3(**); end
def m4(&); end
def m5(...); end
def m6(a, (b, c), d); end
def m7(**nil); end
def m8(*, **, &); end
%i[m1 m2 m3 m4 m5 m6 m7 m8].each { |m| p [m, method(m).parameters, method(m).arity] }
p proc { |a, (b, c), *d, e:, &f| }.parameters
p proc { |a, b| }.parameters
p lambda { |a, b = 1| }.parameters
p proc { _1 + _2 }.parameters, proc { _1 + _2 }.arity
p lambda { _1 }.parameters
p proc { |x| }.parameters(lambda: true) rescue p $!
define_method(:dm) { |a, *b, c: 1| } rescue p $!
p method(:dm).parameters rescue p $!
def fwd_b(&) = blk(&)
def blk = yield
p fwd_b { 42 }
def fwd_all(...) = all(...)
def all(*a, **k, &b) = [a, k, b&.call]
p fwd_all(1, x: 2) { 3 }
def fwd_lead(a, ...) = all(a, ...)
p fwd_lead(1, 2, y: 3)
