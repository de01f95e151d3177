# Trap handlers run on the main thread at a safe point, also while it computes or
# waits for a busy thread.
got = []
Signal.trap(:USR1) { got << [:usr1, Thread.current == Thread.main] }
pid = Process.pid

Thread.new { Process.kill(:USR1, pid) }
i = 0
i += 1 while got.empty?
p got

got.clear
Process.kill(:USR1, pid)
x = 0
x += 1 while got.empty?
p got

# The main thread joins a busy thread; the handler runs on the main thread and the
# busy thread sees its effect.
got.clear
t = Thread.new { loop { break unless got.empty? } ; :seen }
Thread.new { sleep 0.02; Process.kill(:USR1, pid) }
p t.value, got

# An exception raised by a handler reaches the main thread where it runs.
Signal.trap(:USR2) { raise "from trap" }
begin
  Process.kill(:USR2, pid)
  loop { }
rescue => e
  p e.message
end
begin
  Thread.new { sleep 0.02; Process.kill(:USR2, pid) }
  loop { }
rescue => e
  p e.message
end
