# Thread.handle_interrupt defers Thread#raise/kill as its mask says (:never,
# :on_blocking, :immediate; kill counts as an Integer), and pending_interrupt?.
require_relative 'show'
log = []

# :never: a raise while the block runs arrives after it.
t = Thread.new do
  Thread.handle_interrupt(RuntimeError => :never) do
    Thread.stop
    log << [:in_block, Thread.pending_interrupt?]
  end
  log << :not_reached
rescue => e
  log << [:rescued, e.message]
end
Thread.pass until t.stop?
t.raise("late")
t.run
t.join
p log

# Another class is not masked.
log.clear
t = Thread.new do
  Thread.handle_interrupt(IOError => :never) do
    Thread.stop
    log << :not_reached
  end
rescue => e
  log << [:rescued, e.class]
end
Thread.pass until t.stop?
t.raise("now")
t.join
p log

# :on_blocking: a busy thread gets it when it next blocks.
log.clear
t = Thread.new do
  Thread.handle_interrupt(Object => :on_blocking) do
    $in = true
    n = 0
    n += 1 until $go
    log << :busy_done
    sleep 0.01
    log << :not_reached
  end
rescue => e
  log << [:rescued, e.message]
end
Thread.pass until $in
t.raise("blocked")
$go = true
t.join
p log

# kill is masked by Object (Integer) but not by StandardError.
log.clear
t = Thread.new do
  Thread.handle_interrupt(Object => :never) do
    Thread.stop
    log << :survived_kill
  end
  log << :not_reached
ensure
  log << :ensure
end
Thread.pass until t.stop?
t.kill
t.run
t.join
p log, t.status

# Nested masks: the innermost that names an ancestor decides.
log.clear
t = Thread.new do
  Thread.handle_interrupt(Exception => :never) do
    Thread.handle_interrupt(RuntimeError => :immediate) do
      Thread.stop
      log << :not_reached
    end
  rescue => e
    log << [:inner, e.message]
  end
end
Thread.pass until t.stop?
t.raise("nested")
t.join
p log

show(:no_block) { Thread.handle_interrupt(Object => :never) }
show(:bad_mask) { Thread.handle_interrupt(Object => :sometimes) { } }
show(:bad_arg) { Thread.handle_interrupt(1) { } }
show(:value) { Thread.handle_interrupt(Object => :never) { 42 } }
show(:pending) { [Thread.pending_interrupt?, Thread.main.pending_interrupt?] }
