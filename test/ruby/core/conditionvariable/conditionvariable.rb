# ConditionVariable: wait/signal/broadcast with a Mutex, wait with a timeout.
m = Mutex.new
cv = ConditionVariable.new
p Thread::ConditionVariable.equal?(ConditionVariable)
items = []
consumer = Thread.new do
  m.synchronize do
    cv.wait(m) while items.empty?
    items.shift
  end
end
Thread.pass until consumer.stop?
m.synchronize do
  items << :job
  cv.signal
end
p consumer.value

go = false
woken = []
ths = 3.times.map do |i|
  Thread.new do
    m.synchronize do
      cv.wait(m) until go
      woken << i
    end
  end
end
Thread.pass until ths.all?(&:stop?)
m.synchronize do
  go = true
  p cv.broadcast.equal?(cv)
end
ths.each(&:join)
p woken.sort

m.synchronize do
  r = cv.wait(m, 0.01)
  p r, m.owned?
end
p cv.signal.equal?(cv)

# a bounded buffer with two condition variables
buf = []
not_empty = ConditionVariable.new
not_full = ConditionVariable.new
lock = Mutex.new
prod = Thread.new do
  6.times do |i|
    lock.synchronize do
      not_full.wait(lock) while buf.size >= 2
      buf << i
      not_empty.signal
    end
  end
end
got = []
cons = Thread.new do
  6.times do
    lock.synchronize do
      not_empty.wait(lock) while buf.empty?
      got << buf.shift
      not_full.signal
    end
  end
end
[prod, cons].each(&:join)
p got
