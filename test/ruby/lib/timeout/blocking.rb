# Timeout interrupts a block that waits (sleep, Queue#pop, join) past its deadline.
require 'timeout'

begin
  Timeout.timeout(0.05) { sleep 5 }
rescue Timeout::Error => e
  p [e.class, e.message]
end
begin
  Timeout.timeout(0.05) { Queue.new.pop }
rescue Timeout::Error => e
  p e.message
end
class MyErr < StandardError; end
begin
  Timeout.timeout(0.05, MyErr, "custom") { sleep 5 }
rescue MyErr => e
  p [e.class, e.message]
end
p Timeout.timeout(1) { :fast }
q = Queue.new
t = Thread.new { sleep 0.01; q << :late }
p Timeout.timeout(2) { q.pop }
t.join
ensured = false
begin
  Timeout.timeout(0.02) do
    begin
      sleep 1
    ensure
      ensured = true
    end
  end
rescue Timeout::Error
  p ensured
end
