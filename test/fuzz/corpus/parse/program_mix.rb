class Foo
  attr_reader :a
  def initialize(a, *rest, k: 1, &blk)
    @a = a
    @@count ||= 0
    $g = [a, *rest]
    super
  end

  def <=>(other) = a <=> other.a
  def [](i); @a[i]; end
  def []=(i, v)
    @a[i] = v
  end
  def to_s; "Foo(#{@a})"; end
  private def helper; end
  class << self
    def make(*args) = new(*args)
  end
end

module M
  X = 1
  def self.call(x) = x
end

M::X
::Foo.new(1, 2, k: 3) { |z| z }
x = 5
while x > 0 do x -= 1 end
until x >= 3
  x += 1
end
begin
  x += 1
end while x < 10
for i in 1..3 do p i end
for a, b in [[1, 2]]; p a; end
case x
when 1, 2 then :small
when 3..5, Integer then :mid
when *[7, 8] then :x
else :big
end
p(x > 3 ? "big" : "small")
y = [1, 2, 3].map do |v|
  v * 2
end.select { _1 > 2 }
h = { "k" => 1, k2: 2 }
h.each_pair { |k, v| puts "#{k}=#{v}" }
str = 'single \' quote' "and #{x} more"
raise ArgumentError, "bad" unless x
catch(:done) { throw :done, 1 }
loop do
  break 42
end
def gen
  return 1, 2 if block_given?
  yield 1, 2
  yield(3)
end
a, (b, c), *d = 1, [2, 3], 4, 5
*e, f = [1, 2]
obj = Object.new
obj.instance_variable_set(:@x, 1)
alias foo bar
alias $new $old
undef foo, :bar
BEGIN { p 1 }
END { p 2 }
p __FILE__, __LINE__, __method__
p defined?(x), defined?(@y), defined?(String)
p !x, (not x), x != 1, x !~ /re/i
p 1 <=> 2, 2 ** -1, -2 ** 2, ~5, 1 << 2 >> 1 & 3 | 4 ^ 5
v = x.nil? ? 0 : x&.succ
w = ->(a, b = 1) do a + b end
w.(1)
w[1, 2]
s = ?a + "\u00e9\x41\101\n"
r = %r{a/b}mix
q = %q(a (nested) b) + %Q[x #{1} y] + %(plain)
`ls`
z = 1_000_000 + 0x1F + 0b101 + 0o17 + 017 + 1.5e3 + 3r + 2i + 123456789012345678901234567890
