# maglev: Maglev[:c][0] += 1; Maglev.commit_transaction in a loop for ARGV[0] seconds
# (after one untimed commit); prints the commits, the seconds and this VM's CPU seconds.
seconds = Float(ARGV[0])
Maglev[:c][0] += 1
Maglev.commit_transaction
n = 0
cpu0 = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
t0 = t = Process.clock_gettime(Process::CLOCK_MONOTONIC)
while t - t0 < seconds
  Maglev[:c][0] += 1
  Maglev.commit_transaction
  n += 1
  t = Process.clock_gettime(Process::CLOCK_MONOTONIC)
end
cpu = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - cpu0
puts "commits #{n}"
puts "seconds #{t - t0}"
puts "cpu #{cpu}"
