# Kernel#system, backticks, spawn/wait and $? as a Process::Status, as CRuby 3.1.
puts "before"
system("echo child")
puts "after"
system("echo hi")
p $?.class, $?.exitstatus, $?.success?, $?.to_i, $?.exited?, $?.signaled?, $?.termsig, $?.stopped?
p $?.to_s.sub(/\d+/, "PID"), $?.inspect.sub(/\d+/, "PID"), $?.pid == $?.pid.to_i, $?.pid != Process.pid
p system("exit 3"), $?.exitstatus, $?.to_i, $? >> 8, $? & 0xff00, $?.success?
p system("nonexistent_cmd_xyz"), $?.exitstatus
p system("nonexistent_cmd_xyz; exit 5"), $?.exitstatus
p (`nonexistent_cmd_xyz` rescue $!)
p `echo a; echo b`, $?.success?
p %x(echo x#{1 + 1}), $?.exitstatus
p `printf 'no newline'`
p `exit 7`, $?.exitstatus
p system("sh", "-c", "exit 2"), $?.exitstatus
p system("echo", "two words", "*")
p system(["echo", "argv0"], "with argv0")
pid = spawn("sh", "-c", "kill -TERM $$")
p Process.wait(pid) == pid, $?.signaled?, $?.termsig, $?.exitstatus, $?.success?
p $?.to_s.sub(/\d+/, "PID"), $?.inspect.sub(/\d+/, "PID")
pid = Process.spawn("exit 4")
wpid, st = Process.wait2(pid)
p wpid == pid, st.exitstatus, Process.last_status.exitstatus, st == 4 << 8
p system("echo out; echo err 1>&2", err: File::NULL)
p system({"FOO" => "bar"}, "echo $FOO")
p system("pwd", chdir: "/")
p (system("nonexistent_cmd_xyz", exception: true) rescue $!)
p (system("exit 1", exception: true) rescue $!)
pids = 3.times.map { |i| spawn("exit #{i}") }
p Process.waitall.map { |_, s| s.exitstatus }.sort
p (Process.wait rescue $!.class)
p Process.times.class, Process.times.members, Process.times.utime.class
p Process.pid == $$, Process.ppid.is_a?(Integer), Process::WNOHANG
p Process.clock_gettime(Process::CLOCK_MONOTONIC, :nanosecond).class, Process.clock_gettime(Process::CLOCK_REALTIME, :millisecond).class
File.write("sys_out.tmp", "")
system("echo to file", out: "sys_out.tmp")
p File.read("sys_out.tmp")
File.delete("sys_out.tmp")
t = Process.detach(spawn("exit 6"))
p t.value.exitstatus
r = fork { puts "in child"; exit 3 }
Process.wait(r)
p $?.exitstatus
r = fork { puts "child block ends" }
Process.wait(r)
p $?.exitstatus
p Errno::ENOENT.new("x"), Errno::ENOENT.new, SystemCallError.new("a", 2), Errno::EACCES.new.errno
exec("echo", "replaced by exec")
puts "not reached"
