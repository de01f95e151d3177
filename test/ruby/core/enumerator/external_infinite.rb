# External iteration over infinite generators runs in a coroutine (no buffering).
nat = Enumerator.new { |y| n = 0; loop { y << n; n += 1 } }
p nat.next, nat.next, nat.peek, nat.next
nat.rewind
p nat.next
# Two suspended generators interleaved, plus a nested external enumerator.
a = Enumerator.new { |y| i = 0; loop { y << "a#{i}"; i += 1 } }
b = Enumerator.new { |y| inner = [10, 20, 30].each; loop { y << inner.next * 2 } }
p [a.next, b.next, a.next, b.next, b.next]
begin
  b.next
rescue StopIteration => e
  p e.class
end
# StopIteration#result is the generator's return value; loop returns it.
g = Enumerator.new { |y| y << 1; y << 2; :finished }
r = loop { g.next }
p r
# Values that several yields pack; next_values keeps them apart.
m = Enumerator.new { |y| y.yield 1, 2; y.yield; y << [3] }
p m.next, m.next, m.next
m.rewind
p m.next_values, m.next_values, m.next_values
# Exceptions raised by the generator reach the caller of next.
bad = Enumerator.new { |y| y << 1; raise ArgumentError, "boom" }
p bad.next
begin
  bad.next
rescue ArgumentError => e
  p e.message
end
# Many objects allocated while generators are suspended (their stacks stay live).
gens = (1..5).map { |k| Enumerator.new { |y| s = "g#{k}"; loop { y << s.dup; s = s + "." } } }
junk = []
3.times do
  gens.each { |e| e.next }
  20000.times { |i| junk << [i, i.to_s] }
  junk.clear
end
p gens.map(&:next)
# Fiber directly.
f = Fiber.new { |x| y = Fiber.yield(x + 1); y * 2 }
p f.resume(1), f.resume(5), f.alive?
begin
  f.resume
rescue FiberError => e
  p e.class
end
# An external enumerator over a Hash and a Range.
h = { a: 1, b: 2 }.each
p h.next, h.next
r = (1..Float::INFINITY).each
p r.next, r.next
p (1..3).each_slice(2).next
