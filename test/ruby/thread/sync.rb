# Mutex, Queue, SizedQueue, ConditionVariable and Monitor as CRuby 3.1 (a Mutex is
# owned by a Fiber).
require_relative 'show'
Thread.report_on_exception = false
m = Mutex.new
show(:m1) { [m.locked?, m.owned?, m.try_lock, m.locked?, m.owned?, m.try_lock] }
show(:recursive) { m.lock }
show(:unlock_twice) { m.unlock; m.unlock }
show(:other_thread) { m.lock; Thread.new { m.unlock }.join }
show(:other_owned) { Thread.new { [m.owned?, m.locked?, m.try_lock] }.value }
m.unlock
show(:sync) { m.synchronize { m.owned? } }
show(:sync_noblock) { m.synchronize }
show(:sync_recursive) { m.synchronize { m.synchronize { } } }
show(:locked_after) { m.locked? }
show(:sleep) { m.synchronize { m.sleep(0.01).class } }
show(:sleep_unlocked) { m.sleep(0.01) }
show(:dead_owner) { t = Thread.new { m.lock }; t.join; [m.locked?, m.try_lock] }
m.unlock if m.owned?
show(:fiber_owned) { m.lock; Fiber.new { m.owned? }.resume.tap { m.unlock } }
show(:fiber_unlock) { m.lock; Fiber.new { m.unlock rescue [$!.class, $!.message] }.resume.tap { m.unlock } }
q = Queue.new
show(:q1) { [q.empty?, q.size, q.length, q.num_waiting, q.closed?] }
show(:q2) { q << 1; q.push(2); q.enq(3); [q.size, q.pop, q.shift, q.deq, q.empty?] }
show(:q_nonblock) { q.pop(true) }
show(:q_wait) { t = Thread.new { q.pop }; Thread.pass until t.stop?; n = q.num_waiting; q << :x; [n, t.value] }
show(:q_close) { q.close; [q.closed?, q.pop, q.empty?] }
show(:q_push_closed) { q << 1 }
show(:q_close_wakes) { q2 = Queue.new; t = Thread.new { q2.pop }; Thread.pass until t.stop?; q2.close; t.value }
show(:q_close_items) { q3 = Queue.new([1, 2]); q3.close; [q3.pop, q3.pop, q3.pop] }
show(:q_init) { Queue.new(5) }
show(:q_clear) { q4 = Queue.new([1, 2, 3]); q4.clear; q4.size }
show(:q_marshal) { Marshal.dump(Queue.new) }
sq = SizedQueue.new(2)
show(:sq1) { sq << 1; sq << 2; [sq.size, sq.max, sq.push(3, true)] }
show(:sq_wait) { t = Thread.new { sq << 3; :pushed }; Thread.pass until t.stop?; n = sq.num_waiting; sq.pop; [n, t.value, sq.size] }
show(:sq_max) { sq.max = 0 }
show(:sq_neg) { SizedQueue.new(-1) }
show(:sq_close) { t = Thread.new { sq << 9 }; Thread.pass until t.stop?; sq.close; [t.join.status, (t.value rescue $!.class)] }
show(:sq_close2) { s = SizedQueue.new(1); t = Thread.new { s.push(1); s.push(2) }; Thread.pass until t.stop?; s.close; t.join }
show(:cv) do
  cv = ConditionVariable.new
  mm = Mutex.new
  r = []
  ts = 2.times.map { |i| Thread.new { mm.synchronize { cv.wait(mm); r << i } } }
  Thread.pass until ts.all? { |x| x.status == "sleep" }
  mm.synchronize { cv.signal }
  ts[0].join
  mm.synchronize { cv.broadcast }
  ts.each(&:join)
  r
end
show(:cv_timeout) { cv = ConditionVariable.new; mm = Mutex.new; mm.synchronize { cv.wait(mm, 0.01) }.class }
show(:cv_signal_none) { ConditionVariable.new.signal.class }
show(:classes) { [Mutex, Queue, SizedQueue, ConditionVariable, ClosedQueueError.superclass, ThreadError.superclass] }
require 'monitor'
mon = Monitor.new
show(:mon) { mon.synchronize { mon.synchronize { mon.mon_owned? } } }
show(:mon_exit) { mon.exit }
show(:mon_try) { [mon.try_enter, mon.mon_locked?, mon.exit, mon.mon_locked?] }
show(:mon_other) { mon.enter; r = Thread.new { [mon.try_enter, mon.mon_owned?] }.value; mon.exit; r }
show(:mon_cond) do
  c = mon.new_cond
  ready = false
  r = []
  t = Thread.new { mon.synchronize { c.wait_until { ready }; r << :got } }
  Thread.pass
  mon.synchronize { ready = true; c.signal }
  t.join
  r
end
class Guarded
  include MonitorMixin
  def initialize
    super()
  end

  def go = synchronize { mon_locked? }
end
show(:mixin) { Guarded.new.go }
show(:mon_wait_not_owner) { mon.new_cond.wait }
