# maglev, in a fresh VM: reads the committed graph back and touches every object;
# prints a checksum and the seconds from before the first read to the end.
t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
graph = Maglev[:graph]
sum = 0
graph.each { |o| sum += o.a + o.b + o.c }
t1 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
puts "checksum #{graph.size} #{sum}"
puts "seconds #{t1 - t0}"
