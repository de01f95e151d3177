class Money
  attr_reader :cents, :cur
  def initialize(c, cur) = (@cents, @cur = c, cur)
  def ==(o) = o.class == self.class && o.cents == cents && o.cur == cur
  alias eql? ==
  def hash = [self.class, cents, cur].hash
  def inspect = "#{cents}#{cur}"
end
a = Money.new(100, :usd)
b = Money.new(100, :usd)
c = Money.new(100, :eur)
p a == b, a.eql?(b), a.equal?(b), a.hash == b.hash, a == c
p [a, b, c].uniq, [a, b, c].tally, { a => 1, b => 2 }.size
p [a, c].include?(b), [c, b].index(a), [a, b] - [b], ([a] & [b]).size
p({ a => "x" }.key?(b))
require "set"
p Set[a, b, c].size
class Loose
  def initialize(v) = @v = v
  def ==(o) = true
end
l = Loose.new(1)
p l == 2, [Loose.new(1), Loose.new(2)].uniq.size, { l => 1 }[Loose.new(1)]
