# maglev: builds an Array of N Nodes (3 instance variables each) and commits it under
# Maglev[:graph]; prints the seconds the commit took (building is not timed).
n = Integer(ARGV[0])
graph = Array.new(n) { |i| Node.new(i, i + 1, i + 2) }
t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
Maglev[:graph] = graph
Maglev.commit_transaction
t1 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
puts "seconds #{t1 - t0}"
