class Counter
  def initialize(start)
    @n = start
  end
  def inc
    @n = @n + 1
  end
  def value
    @n
  end
end
c = Counter.new(10)
c.inc
c.inc
puts c.value
