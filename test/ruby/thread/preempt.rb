# Threads are preempted: a thread computing in a loop does not keep the others from
# running (each of these hangs without a time slice).

# A busy thread, killed by the main thread after a sleep.
x = 0
t = Thread.new { loop { x += 1 } }
sleep 0.05
t.kill
p t.join.equal?(t), x > 0, t.status, t.alive?

# The main thread spins until another thread sets a flag.
flag = false
Thread.new { flag = true }
i = 0
i += 1 until flag
p flag

# Thread#raise reaches a thread busy in a while loop; its ensure runs.
log = []
t = Thread.new do
  begin
    n = 0
    while true
      n += 1
    end
  rescue => e
    log << e.message
  ensure
    log << :ensure
  end
end
sleep 0.05
t.raise("stop")
t.join
p log

# Thread#kill runs the ensure clauses of a busy thread.
t = Thread.new do
  begin
    100_000_000_000.times { }
  ensure
    log << :killed
  end
end
sleep 0.02
t.kill.join
p log.last

# Two busy threads both progress while the main thread joins them.
a = b = 0
t1 = Thread.new { a += 1 while b < 200_000 || a < 200_000 }
t2 = Thread.new { b += 1 while a < 200_000 || b < 200_000 }
t1.join
t2.join
p [a >= 200_000, b >= 200_000]

# A producer spinning between pushes, a consumer waiting on the queue.
q = Queue.new
prod = Thread.new do
  i = 0
  loop do
    i += 1
    q << i if i % 50_000 == 0
  end
end
p [q.pop, q.pop]
prod.kill
p prod.join.status

# Thread.pass and value across busy threads.
ts = 3.times.map { |k| Thread.new { s = 0; 300_000.times { |j| s += j }; Thread.pass; [k, s] } }
p ts.map(&:value)
