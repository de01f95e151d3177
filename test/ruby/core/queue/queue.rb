# Queue and SizedQueue: blocking pop/push, non-blocking errors, close, num_waiting.
q = Queue.new
p q.empty?, q.size, q.length, q.closed?
q << 1
q.push(2)
q.enq(3)
p q.size, q.pop, q.shift, q.deq, q.empty?
begin
  q.pop(true)
rescue ThreadError => e
  p e.message
end
q2 = Queue.new([4, 5, 6])
p q2.size, q2.pop
q2.clear
p q2.empty?
p Queue.equal?(Thread::Queue), SizedQueue.superclass

q = Queue.new
waiters = 3.times.map { |i| Thread.new { [i, q.pop] } }
Thread.pass until waiters.all?(&:stop?)
p q.num_waiting
q << :a << :b << :c
p waiters.map(&:value).sort_by(&:first).map(&:last).sort
q.close
p q.closed?, q.pop
begin
  q << 1
rescue ClosedQueueError => e
  p [e.class, e.message, e.is_a?(StopIteration)]
end

q = Queue.new
t = Thread.new { q.pop }
Thread.pass until t.stop?
q.close
p t.value

sq = SizedQueue.new(2)
p sq.max
sq << 1 << 2
begin
  sq.push(3, true)
rescue ThreadError => e
  p e.message
end
t = Thread.new { sq.push(3); :pushed }
Thread.pass until t.stop?
p t.status, sq.num_waiting
p sq.pop
p t.value, sq.size
sq.max = 5
p sq.max
begin
  SizedQueue.new(0)
rescue ArgumentError => e
  p e.message
end

sq = SizedQueue.new(1)
sq << :x
t = Thread.new do
  sq.push(:y)
rescue ClosedQueueError => e
  e.message
end
Thread.pass until t.stop?
sq.close
p t.value

results = Queue.new
jobs = Queue.new
(1..10).each { |i| jobs << i }
jobs.close
workers = 3.times.map do
  Thread.new do
    while (j = jobs.pop)
      results << j * j
    end
  end
end
workers.each(&:join)
out = []
out << results.pop until results.empty?
p out.sort

buf = SizedQueue.new(3)
log = []
prod = Thread.new do
  10.times { |i| buf << i }
  buf << nil
end
cons = Thread.new do
  sum = 0
  while (v = buf.pop)
    sum += v
  end
  sum
end
p cons.value
prod.join
big = Queue.new
20_000.times { |i| big << i }
sum = 0
sum += big.pop until big.empty?
p sum, big.size
big << :x << :y
p big.pop, big.size, big.pop, big.empty?
