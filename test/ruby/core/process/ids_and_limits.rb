# Process.getrlimit/setrlimit names and errors, RLIM_*/RLIMIT_*/PRIO_* constants,
# clock_getres units, groups/maxgroups, process groups and sessions, priorities.
p Process.getrlimit(:NOFILE) == Process.getrlimit("NOFILE"), Process.getrlimit(Process::RLIMIT_NOFILE) == Process.getrlimit(:NOFILE)
p Process.getrlimit(:CORE).size, Process::RLIM_INFINITY, Process::RLIM_SAVED_MAX, Process::RLIM_SAVED_CUR
p Process::RLIMIT_NOFILE, Process::RLIMIT_CORE, Process::RLIMIT_STACK, Process::RLIMIT_AS, Process::PRIO_PROCESS, Process::PRIO_PGRP, Process::PRIO_USER
cur, max = Process.getrlimit(:NOFILE)
p Process.setrlimit(:NOFILE, cur, max), Process.getrlimit(:NOFILE) == [cur, max]
p Process.clock_getres(Process::CLOCK_MONOTONIC, :nanosecond), Process.clock_getres(Process::CLOCK_MONOTONIC).class
p Process.clock_getres(Process::CLOCK_REALTIME, :float_microsecond), Process::CLOCK_TAI, Process::CLOCK_BOOTTIME_ALARM
p Process.groups.class, Process.groups.all?(Integer), Process.maxgroups.class
p Process.getpgid(0) == Process.getpgrp, Process.getsid.class, Process.getsid(nil) == Process.getsid(0)
p Process.getpriority(Process::PRIO_PROCESS, 0).class
[-> { Process.getrlimit(:FOO) }, -> { Process.setrlimit(:NOFILE, :BOGUS) }, -> { Process.getpgid(2**30) },
 -> { Process.clock_getres(:bogus) }, -> { Process.clock_getres(Process::CLOCK_MONOTONIC, :parsec) },
 -> { Process.getrlimit }].each do |l|
  l.call
rescue ArgumentError, SystemCallError => e
  p [e.class, e.message]
end
