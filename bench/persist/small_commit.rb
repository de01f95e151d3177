# maglev, in a VM attached to the repository holding the graph: changes one small object
# and commits; prints the seconds of the commit (what a commit costs with the graph
# loaded in this VM, against graph_commit.rb's cost of writing it).
Maglev[:small] = [0] unless Maglev[:small]
Maglev.commit_transaction
Maglev[:small][0] += 1
t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
Maglev.commit_transaction
t1 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
puts "seconds #{t1 - t0}"
