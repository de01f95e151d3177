# Method calls with positional, default and keyword arguments, and attribute reads.
class Calc
  attr_reader :base

  def initialize(base)
    @base = base
  end

  def add2(a, b)
    a + b
  end

  def add3(a, b, c = 1)
    a + b + c
  end

  def scaled(x, factor: 2)
    x * factor
  end

  def plus_base(x)
    x + base
  end
end

c = Calc.new(3)
sum = 0
i = 0
while i < 10_000_000
  sum += c.add2(i, 1)
  sum += c.add3(i, 2)
  sum += c.scaled(1, factor: 3)
  sum += c.plus_base(i)
  sum &= 0xffffffff
  i += 1
end
puts sum
