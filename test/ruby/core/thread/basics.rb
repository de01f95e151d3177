t = Thread.new { puts "in thread"; 42 }
puts "main"
p t.value
p t.status, t.alive?
q = Queue.new
producer = Thread.new { 5.times { |i| q << i; puts "produced #{i}" }; q << :done }
consumer = Thread.new { while (v = q.pop) != :done; puts "consumed #{v}"; end }
[producer, consumer].each(&:join)
m = Mutex.new
c = 0
ths = 10.times.map { Thread.new { 100.times { m.synchronize { c += 1 } } } }
ths.each(&:join)
p c
p Thread.main == Thread.current
r = 4.times.map { |i| Thread.new(i) { |x| sleep 0.01 * (4 - x); x * x } }.map(&:value)
p r
begin
  t = Thread.new { raise ArgumentError, "boom" }
  t.report_on_exception = false
  t.join
rescue => e
  p e
end
sq = SizedQueue.new(2)
pr = Thread.new { 6.times { |i| sq.push(i); puts "push #{i}" }; sq.close }
while (v = sq.pop); puts "pop #{v}"; end
pr.join
mm = Mutex.new; cv = ConditionVariable.new; ready = false
w = Thread.new { mm.synchronize { cv.wait(mm) until ready; puts "woken" } }
Thread.pass
mm.synchronize { ready = true; cv.signal }
w.join
Thread.current[:a] = 1
p Thread.current[:a], Thread.current.key?(:a)
begin
  Queue.new.pop
rescue Exception => e
  p e.class, e.message.lines.first.chomp
end
