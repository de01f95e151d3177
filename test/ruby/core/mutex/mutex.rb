# Mutex: lock/unlock/try_lock/owned?/locked?, errors, synchronize, sleep, contention.
m = Mutex.new
p m.locked?, m.owned?
p m.lock.equal?(m), m.locked?, m.owned?
p m.try_lock
begin
  m.lock
rescue ThreadError => e
  p e.message
end
p m.unlock.equal?(m)
begin
  m.unlock
rescue ThreadError => e
  p e.message
end
p m.try_lock, m.locked?
t = Thread.new do
  begin
    m.unlock
  rescue ThreadError => e
    e.message
  end
end
p t.value
m.unlock
p m.synchronize { :inside }
begin
  m.synchronize { raise "in sync" }
rescue => e
  p [e.message, m.locked?]
end
p Thread::Mutex.equal?(Mutex)

order = []
m2 = Mutex.new
m2.lock
ws = 3.times.map { |i| Thread.new { m2.synchronize { order << i } } }
Thread.pass until ws.all?(&:stop?)
p ws.map(&:status)
order << :main
m2.unlock
ws.each(&:join)
p order.sort_by(&:to_s)

m3 = Mutex.new
m3.lock
t = Thread.new { m3.lock; :got_it }
Thread.pass until t.stop?
p m3.sleep(0.01).class
p m3.owned?
m3.unlock
p t.value

counter = 0
lock = Mutex.new
threads = 8.times.map do
  Thread.new do
    200.times do
      lock.synchronize do
        v = counter
        Thread.pass if v % 50 == 0
        counter = v + 1
      end
    end
  end
end
threads.each(&:join)
p counter

held = Mutex.new
t = Thread.new { held.lock; :done }
t.join
p held.locked?
