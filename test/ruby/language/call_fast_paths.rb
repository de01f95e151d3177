# Calls the dispatch loop makes itself on an inline cache hit (bytecode methods with
# plain arguments, literal keywords, natives, attr_reader/attr_writer, yield), and
# what must still reach the general path: redefinition, visibility, frozen receivers,
# wrong arity, unknown or missing keywords, operators on non-Integers.
class Pt
  attr_reader :x
  attr_writer :x
  attr_accessor :y
  def initialize(x, y) = (@x = x; @y = y)
  def kw(a, b: 2, c:) = [a, b, c]
  def kw_opt(a, k: a * 10) = [a, k]
  def kw_rest(a, k: 1, **rest) = [a, k, rest]
  def plain(a, b) = a + b
  def priv_caller = helper(1)
  def self_priv = self.helper(2)
  private def helper(v) = v * 100
  protected def prot = :prot
  def call_prot(o) = o.prot
end

pt = Pt.new(1, 2)
3.times do |i|
  p pt.kw(i, c: 3)
  p pt.kw(i, c: 3, b: 4)
  p pt.kw(i, b: 5, c: 6)
  p pt.kw_opt(i)
  p pt.kw_opt(i, k: 7)
  p pt.kw_rest(i, k: 2, z: 9)
  p pt.plain(i, 1)
  p pt.priv_caller, pt.self_priv
  p pt.call_prot(Pt.new(0, 0))
end
begin
  pt.kw(1, b: 2)
rescue ArgumentError => e
  p e.message
end
begin
  pt.kw(1, c: 2, d: 3)
rescue ArgumentError => e
  p e.message
end
begin
  pt.plain(1)
rescue ArgumentError => e
  p e.message
end
begin
  pt.helper(1)
rescue NoMethodError => e
  p e.name, e.message[/\A\w+ method/]
end
begin
  pt.prot
rescue NoMethodError => e
  p e.name, e.message[/\A\w+ method/]
end

# Keywords reaching natives, method_missing, super and blocks.
class Kw
  def method_missing(name, *args, **kw) = [name, args, kw]
  def respond_to_missing?(*) = true
end
p Kw.new.anything(1, a: 2)
class Base
  def m(a, k: 0) = [:base, a, k]
end
class Derived < Base
  def m(a, k: 1) = super(a, k: k + 1)
end
p Derived.new.m(5, k: 7), Derived.new.m(5)
def yielder = yield(1, k: 2)
p(yielder { |a, k:| [a, k] })
p(yielder { |a, **o| [a, o] })
S = Struct.new(:a, :b, keyword_init: true)
p S.new(a: 1, b: 2).to_a
h = { a: 1 }
p h.merge({ b: 2 }), h.fetch(:a) { 0 }

# Redefinition while a call site's cache holds the old method.
def again(x) = x + 1
r = []
2.times do |i|
  r << again(i)
  def again(x) = x * 10 if i == 0
end
p r

# attr fast paths: frozen objects, objects whose ivar is not set yet, subclasses.
class Sub < Pt; end
[Pt.new(1, 2), Sub.new(3, 4)].each do |o|
  o.x = o.x + 1
  o.y = 10
  p [o.x, o.y]
end
fz = Pt.new(1, 2).freeze
begin
  fz.x = 5
rescue => e
  p e.class
end
class Late
  attr_reader :v
  attr_writer :v
end
l = Late.new
p l.v
l.v = 3
p l.v

# Integer operators with fast paths, beyond fixnums and redefined.
a = 2**61
p a << 1, a << 2, 1 << 62, 1 << 63, -1 << 70, 5 >> 1, -5 >> 1, 5 >> 70, -5 >> 70, 5 >> -2
p 6 & 3, 6 | 3, 6 ^ 3, -6 & 3, (2**70) & (2**70 + 1), 3.0 == 3
x = 7
x &= 3; x |= 8; x ^= 1; x >>= 1; x <<= 3
p x
p [1, 2] << 3, "ab" << "cd", "ab" << 99
begin
  "lit".freeze << "x"
rescue => e
  p e.class
end
begin
  [].freeze << 1
rescue => e
  p e.class
end
p "#{12}-#{-3}-#{2**64}-#{nil}-#{:s}-#{1.5}"
class Integer
  alias_method :orig_to_s, :to_s
  def to_s(*) = "I(#{orig_to_s})"
end
p "#{42}"
class Integer
  def &(o) = :redefined_and
end
p 6 & 3
class Array
  def <<(v) = :redefined_push
end
p [1] << 2
class String
  def <<(v) = :redefined_concat
end
p "a" << "b"

# Optional parameters: the frame starts at the entry for the optionals given.
def opts(a, b = a + 1, c = b * 2) = [a, b, c]
3.times { |i| p opts(i), opts(i, 5), opts(i, 5, 6) }
[[], [1, 2, 3, 4]].each do |args|
  opts(*args)
rescue ArgumentError => e
  p e.message
end
