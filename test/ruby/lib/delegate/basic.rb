require 'delegate'

class Decorated < SimpleDelegator
  def size
    super + 100
  end

  def extra
    "extra #{__getobj__.length}"
  end
end

d = Decorated.new([1, 2, 3])
p d.size, d.extra, d.first, d.map { |x| x * 2 }, d.inspect, d.to_s
p d == [1, 2, 3], d.eql?([1, 2, 3]), d.class, d.is_a?(Decorated), d.is_a?(Array)
p d.respond_to?(:each), d.respond_to?(:nope), d.__getobj__
d.__setobj__("str")
p d.upcase, d.length
begin
  d.nope
rescue NoMethodError => e
  p e.name
end
s = SimpleDelegator.new(5)
p s + 1, s.to_s, s.inspect, !s, s != 5
p SimpleDelegator.new(nil).nil?

class Logger2 < DelegateClass(Array)
  def initialize(arr)
    super(arr)
    @log = []
  end

  def push(x)
    @log << x
    super
  end
  attr_reader :log
end
l = Logger2.new([])
l.push(1)
l.push(2)
p l.size, l.log, l.to_a, l.sum
p Logger2.ancestors.include?(Delegator)
begin
  SimpleDelegator.new(1).__setobj__(nil)
rescue => e
  p e.class
end
