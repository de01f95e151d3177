class Box
  attr_reader :log
  def initialize = @log = []
  def value=(v)
    @log << v
    :ignored_return
  end
  def []=(k, v)
    @log << [k, v]
    :ignored
  end
end
b = Box.new
r = (b.value = 5)
p r
r2 = b.send(:value=, 6)
p r2
r3 = (b[:k] = 7)
p r3
p b.log
b.value = 1, 2
p b.log.last
x = b.value = 9
p x
class Box
  def count=(n)
    @count = n * 2
  end
  def count = @count
end
b.count = 4
p b.count
