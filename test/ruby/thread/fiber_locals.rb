# Thread#[] / #[]= / key? / keys / fetch are fiber-local; thread_variable_get/set are
# thread-local (shared by every Fiber of the thread).
th = Thread.current
th[:a] = 1
th.thread_variable_set(:tv, :thread)
f = Fiber.new do
  p [th[:a], th.key?(:a), th.keys]
  th[:a] = 2
  th[:b] = 3
  p [th[:a], th[:b], th.keys.sort]
  p th.thread_variable_get(:tv)
  th.thread_variable_set(:tv2, :from_fiber)
  Fiber.yield
  p [th[:a], th.fetch(:b), th.fetch(:zz, :dflt)]
end
f.resume
p [th[:a], th[:b], th.keys, th.key?(:b)]
p th.thread_variable_get(:tv2)
f.resume
p th.fetch(:a)

# Each Fiber has its own table, a new one starts empty.
g = Fiber.new { th[:a] }
p g.resume

# Inside a thread: its own fibers are separate too.
t = Thread.new do
  Thread.current[:k] = :thread
  inner = Fiber.new { Thread.current[:k] = :fiber; Thread.current[:k] }.resume
  [inner, Thread.current[:k], Thread.current.key?(:k)]
end
p t.value
p t[:k]

# External enumeration runs in a Fiber: it sees the fiber's locals.
th[:e] = :outer
e = Enumerator.new { |y| y << th[:e]; th[:e] = :inner; y << th[:e] }
p [e.next, e.next, th[:e]]

# Thread-local variables are shared with fibers and seen from other threads.
t = Thread.new { Thread.current.thread_variable_set(:x, 1); Fiber.new { Thread.current.thread_variable_get(:x) }.resume }
p t.value, t.thread_variable_get(:x), t.thread_variables, t.thread_variable?(:x)
begin
  th["no"] = 1
  p th[:no], th["no"]
  th[1] = 2
rescue TypeError => e
  p e.message
end
