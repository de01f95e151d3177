# SIGINT raises Interrupt in the main thread at a safe point, also when another thread
# sends it and while the main thread computes or joins a busy thread; trap "DEFAULT"
# restores that after a handler.
trap(:INT, "DEFAULT")   # Ruby's handler even where the test runner ignores SIGINT
begin
  Thread.new { Process.kill(:INT, Process.pid) }
  loop { }
rescue Interrupt => e
  p [e.class, e.message, e.signo]
end

t = Thread.new { loop { } }
Thread.new { sleep 0.01; Process.kill(:INT, Process.pid) }
begin
  t.join
rescue Interrupt
  p [:join_interrupted, t.alive?]
end
t.kill

log = []
begin
  Thread.new { Process.kill(:INT, Process.pid) }
  sleep 5
rescue Interrupt
  log << :sleep_interrupted
end
p log

old = trap(:INT) { log << [:handler, Thread.current == Thread.main] }
Thread.new { Process.kill(:INT, Process.pid) }.join
i = 0
i += 1 while log.size < 2
p old, log
p trap(:INT, "DEFAULT").class
begin
  Process.kill(:INT, $$)
  sleep 1
rescue Interrupt => e
  p [:default_again, e.message]
end
begin
  x = 0
  Thread.new { Process.kill(:INT, Process.pid) }
  begin
    loop { x += 1 }
  ensure
    p :ensure_runs
  end
rescue Interrupt
  p :done
end
