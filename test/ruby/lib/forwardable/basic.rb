require 'forwardable'

class Queue2
  extend Forwardable
  def_delegators :@items, :size, :<<, :first, :empty?, :each, :[]
  def_delegator :@items, :shift, :dequeue
  def_delegator :@items, :push, :enqueue
  def_delegator "self.class", :name, :class_name
  delegate [:length, :last] => :@items, :upcase => :label
  include Enumerable

  def initialize
    @items = []
  end

  def label
    "queue"
  end
end

q = Queue2.new
p q.empty?
q << 1 << 2
q.enqueue(3)
p q.size, q.first, q.length, q.last, q[1], q.dequeue, q.map { |x| x * 10 }
p q.class_name, q.upcase
p Queue2.instance_methods(false).sort
p Queue2.def_delegator(:@items, :clear)

module Config
  extend SingleForwardable
  SETTINGS = { "a" => 1 }
  def_delegators "Config::SETTINGS", :fetch, :keys
  def_delegator "Config::SETTINGS", :size, :count
end
p Config.fetch("a"), Config.keys, Config.count

obj = Object.new
obj.extend SingleForwardable
obj.def_delegator :@h, :[]
obj.instance_variable_set(:@h, { x: 9 })
p obj[:x]

class Wrapper
  extend Forwardable
  def_delegators :@target, :go
  def initialize(t) = @target = t
end
class Target
  def go(a, b = 2, *rest, k: 0, &blk)
    [a, b, rest, k, blk&.call]
  end
end
w = Wrapper.new(Target.new)
p w.go(1), w.go(1, 3, 4, k: 5) { :blk }
begin
  Wrapper.new(nil).go(1)
rescue NoMethodError => e
  p e.message.lines.first.chomp
end
p Forwardable::VERSION
