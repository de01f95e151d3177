# Thread's API as CRuby 3.1: status, alive?, stop?, value, join with a limit, names,
# priorities, inspect, lists, errors.
require_relative 'show'

t = Thread.new { sleep }
Thread.pass until t.stop?
show(:sleeping) { [t.status, t.alive?, t.stop?] }
t.wakeup
t.join
show(:done) { [t.status, t.alive?, t.stop?, t.value] }
t = Thread.new { Thread.current.report_on_exception = false; raise "x" }
show(:exc) { t.join }
show(:exc_status) { [t.status, t.alive?, t.stop?] }
show(:exc_value) { t.value }
t = Thread.new { sleep 10 }
show(:join_limit) { t.join(0.01) }
show(:join_zero) { t.join(0) }
show(:join_rational) { t.join(1/100r) }
t.kill
show(:killed) { [t.join.status, t.alive?] }
[:a, "1", true, Object.new].each do |l|
  show(:join_bad) { Thread.new { }.join(l) }
end
show(:main) { [Thread.main == Thread.current, Thread.main.status, Thread.main.alive?, Thread.main.stop?] }
sleep 0.05
show(:list) { Thread.list.size }
t = Thread.new { sleep }
Thread.pass until t.stop?
show(:list2) { [Thread.list.size, Thread.list.include?(t), Thread.list.first == Thread.main] }
t.kill
t.join
show(:list3) { Thread.list.size }
show(:name) { Thread.main.name }
t = Thread.new { }
t.name = "worker"
show(:name2) { [t.name, t.name.frozen?] }
show(:name3) { t.name = 3 }
show(:name_nil) { t.name = nil; t.name }
show(:prio) { t.priority = 5; t.priority }
show(:prio2) { t.priority = -7; t.priority }
t.name = "worker"
t.join
show(:inspect) { t.inspect.sub(/0x\h+/, 'X') }
show(:inspect_main) { Thread.main.inspect.sub(/0x\h+/, 'X') }
show(:to_s) { Thread.main.to_s.sub(/0x\h+/, 'X') }
show(:stop_only) { Thread.stop }
show(:join_self) { Thread.current.join }
show(:join_main) { Thread.new { Thread.main.join }.tap { |x| x.report_on_exception = false }.value }
show(:new_noblock) { Thread.new }
show(:start_noblock) { Thread.start }
class MyThread < Thread
  def initialize; end
end
show(:uninit) { MyThread.new { } }
show(:kill_dead) { t.kill.equal?(t) }
show(:wakeup_dead) { t.wakeup }
show(:raise_dead) { t.raise("x") }
show(:flags) { [Thread.abort_on_exception, t.abort_on_exception, Thread.report_on_exception] }
show(:alive_new) { x = Thread.new { 1 }; [x.join.status, x.value] }
show(:value_kill) { x = Thread.new { Thread.current.kill; 1 }; [x.value, x.status] }
show(:exit) { x = Thread.new { Thread.exit; 1 }; [x.value, x.status] }
show(:fetch) { Thread.current.fetch(:nope) }
show(:fetch2) { Thread.current.fetch(:nope, 3) }
show(:fetch3) { Thread.current.fetch(:nope) { |k| [k] } }
show(:stop_run) { x = Thread.new { Thread.stop; :woke }; Thread.pass until x.stop?; s = x.status; x.run; [s, x.value] }
show(:aborting) { x = Thread.new { begin; sleep; ensure; $st = Thread.current.status; end }; sleep 0.01; x.kill; x.join; $st }
show(:status_in) { Thread.new { Thread.current.status }.value }
show(:current_in) { x = nil; y = Thread.new { x = Thread.current }; y.join; x.equal?(y) }
show(:args) { Thread.new(1, 2) { |a, b| a + b }.value }
show(:start) { Thread.start(3) { |a| a * 2 }.value }
show(:fork) { Thread.fork { :f }.value }
show(:pending) { [Thread.pending_interrupt?, Thread.current.pending_interrupt?] }
show(:handle) { Thread.handle_interrupt(RuntimeError => :never) { 1 } }
