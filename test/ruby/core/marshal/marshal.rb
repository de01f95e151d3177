# Marshal.dump writes CRuby's bytes (format 4.8) and Marshal.load reads them back:
# immediates, integers and bignums, floats, symbols and symlinks, strings with encodings,
# collections, Struct, Range, objects, user classes, marshal_dump/_dump, links, cycles.
def show(o)
  d = Marshal.dump(o)
  p d
  back = Marshal.load(d)
  p back
end
show([nil,true,false,0,1,122,123,-1,-123,-124,255,256,-256,-257,2**31-1,2**31,-2**31,-2**31-1,2**40,-(2**70)])
show(["a", "a".b, :sym, :sym, "é", :é, 1.5, 100.0, 1e20, 0.001, 1e-5, -0.0, 1.0/0, 123456.789, 2.5e-300])
p Marshal.dump(Float::NAN), Marshal.load(Marshal.dump(Float::NAN)).nan?
s = "x"; show([s, s, [1], {a: 1}, Hash.new(5).merge(b: 2)])
Point = Struct.new(:x, :y); class Foo; def initialize; @a = 1; @b = "s"; end; attr_reader :a, :b; end
show([Point.new(1, 2), 1..2, Rational(1, 2), /ab/i, String, Comparable, 1.0...2.5])
f = Marshal.load(Marshal.dump(Foo.new)); p f.class, f.a, f.b
p Marshal.dump(Foo.new)
class U; def initialize(x) = @x = x; def marshal_dump = [@x]; def marshal_load(a) = @x = a[0]; end
class D; attr_reader :v; def initialize(v) = @v = v; def _dump(l) = "v#{@v}"; def self._load(s) = new(s[1..].to_i); end
class MyArr < Array; end; class MyStr < String; end
p Marshal.dump([U.new(3), D.new(4), MyArr[1], MyStr.new("q"), Complex(1, 2)])
x = Marshal.load(Marshal.dump([U.new(3), D.new(4), MyArr[1], MyStr.new("q"), Complex(1, 2)]))
p x[0].instance_variable_get(:@x), x[1].v, x[2].class, x[3].class, x[3], x[4]
a = [1]; a << a; b = Marshal.load(Marshal.dump(a)); p b[1].equal?(b)
h = {k: "v"}; c = Marshal.load(Marshal.dump([h, h])); p c[0].equal?(c[1])
p (Marshal.dump(proc {}) rescue $!), (Marshal.dump(Class.new) rescue $!.class), (Marshal.load("\x04\x09") rescue $!), (Marshal.load("\x04\x08[") rescue $!)
p Marshal.load(Marshal.dump("str"), freeze: true).frozen?
p Marshal.load(Marshal.dump([1, "a"]), ->(o) { o.is_a?(Integer) ? o * 10 : o })
deep = { list: [1, [2, [3, "four"]]], name: "n", when: 1..3 }
copy = Marshal.load(Marshal.dump(deep))
p copy == deep, copy[:list][1].equal?(deep[:list][1])
s = "shared"
arr = Marshal.load(Marshal.dump([s, [s], { s => s }]))
p arr[0].equal?(arr[1][0]), arr[2].keys[0].equal?(arr[0])
Node = Struct.new(:val, :nxt)
n = Node.new(1, nil); n.nxt = n
m = Marshal.load(Marshal.dump(n)); p m.val, m.nxt.equal?(m)
p Marshal.dump(Hash.new(0)), Marshal.load(Marshal.dump(Hash.new(0)))[:missing]
p (Marshal.dump(Hash.new { 1 }) rescue $!)
class Pt; def initialize(x, y); @x = x; @y = y; end; attr_reader :x, :y; end
pt = Marshal.load(Marshal.dump([Pt.new(1, 2.5), Pt.new(-3, [nil])]))
p pt.map { |o| [o.class, o.x, o.y] }
require 'stringio'
io = StringIO.new
Marshal.dump({ "k" => [1, 2] }, io)
io.rewind
p Marshal.load(io)
p Marshal.load(Marshal.dump(2**100 + 1)), Marshal.load(Marshal.dump(-(2**64))), Marshal.dump(2**64)
p (Marshal.dump(:a) + Marshal.dump(:a)).bytes, Marshal.dump([:a, :b, :a, :b])
p Marshal.load("\x04\b[\aI\"\x06x\x06:\x06ET@\x06".b)
