# Timeout.timeout around a computation that never blocks raises Timeout::Error (the
# block's thread is preempted when its time slice ends).
require 'timeout'

def expire(label)
  r = yield
  p [label, :finished, r]
rescue Timeout::Error => e
  p [label, e.class, e.message]
end

expire(:loop) { Timeout.timeout(0.05) { loop { } } }
expire(:while) { Timeout.timeout(0.05) { i = 0; i += 1 while true } }
expire(:times) { Timeout.timeout(0.05) { 100_000_000_000.times { } } }
expire(:each) { Timeout.timeout(0.05) { (1..Float::INFINITY).each { |i| i * 2 } } }
expire(:method) do
  def spin(n) = n.zero? ? 0 : spin(n - 1)
  Timeout.timeout(0.05) { loop { spin(10) } }
end

class Slow < StandardError; end
begin
  Timeout.timeout(0.05, Slow, "too slow") { loop { } }
rescue Slow => e
  p [e.class, e.message]
end

# A block that ends in time returns its value; nothing is raised later.
expire(:quick) { Timeout.timeout(5) { 10.times.sum } }
x = 0
200_000.times { x += 1 }
p x

# Nested: the inner one expires first.
begin
  Timeout.timeout(5) do
    begin
      Timeout.timeout(0.05) { loop { } }
    rescue Timeout::Error
      p :inner
    end
  end
  p :outer_ok
end
