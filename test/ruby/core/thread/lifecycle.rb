# Thread status, kill, raise, wakeup/stop, join with timeout, locals, names.
Thread.report_on_exception = false
t = Thread.new { Thread.stop; :after_stop }
Thread.pass until t.status == "sleep"
p t.status, t.alive?, t.stop?
t.wakeup
p t.value, t.status, t.alive?

t = Thread.new { sleep }
Thread.pass until t.stop?
t.kill
p t.join.equal?(t), t.status, t.alive?, t.value

t = Thread.new { sleep 10 }
Thread.pass until t.stop?
t.raise(IOError, "interrupted")
begin
  t.join
rescue IOError => e
  p [:joined, e.message]
end
p t.status

t = Thread.new { sleep 0.2; :slow }
p t.join(0.01)
p t.value

t = Thread.new { raise "boom" }
begin
  t.value
rescue => e
  p [e.class, e.message]
end
begin
  t.join
rescue => e
  p [:again, e.message]
end
p t.status

t = Thread.new { Thread.current.name = "worker"; Thread.current[:x] = 1; Thread.current.thread_variable_set(:v, 2); [Thread.current[:x], Thread.current.thread_variable_get(:v)] }
p t.value, t.name, t[:x], t["x"], t.key?(:x), t.keys, t.thread_variable?(:v), t.thread_variables
p Thread.current[:x]
p Thread.current.fetch(:nope, 5)
p Thread.current.fetch(:nope) { |k| k.to_s }
begin
  Thread.current.fetch(:nope)
rescue KeyError => e
  p e.message
end
begin
  Thread.current[1.5] = 2
rescue TypeError => e
  p e.message
end

ensured = []
t = Thread.new do
  begin
    sleep
  ensure
    ensured << :ensure_ran
  end
end
Thread.pass until t.stop?
t.kill.join
p ensured

begin
  Thread.new
rescue ThreadError => e
  p e.message
end
begin
  Thread.current.join
rescue ThreadError => e
  p e.message
end
p Thread.list.size, Thread.list.first == Thread.main
p Thread.main.alive?, Thread.current.status
t = Thread.start(1, 2) { |a, b| a + b }
p t.value
t = Thread.new { Thread.exit; :never }
p t.value, t.status
p Thread.new { Thread.current.inspect }.value.match?(/\A#<Thread:0x\h+ .*run>\z/)

r = Thread.new do
  Thread.current.report_on_exception = false
  Thread.current.abort_on_exception = false
  p [Thread.current.report_on_exception, Thread.current.abort_on_exception]
  1
end
p r.value
