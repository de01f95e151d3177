# Open3.popen3 / popen2 / popen2e with real subprocesses (block and plain forms, env,
# chdir, a missing command), pipeline_r / pipeline_w / pipeline, and Process.detach's
# Process::Waiter. A child must not hold the parent's pipe ends (IO.pipe is
# close-on-exec), or cat would never see the end of its input.
require 'open3'
def t(label)
  r = yield
  puts "#{label}: #{r.inspect}"
rescue Exception => e
  puts "#{label}: #{e.class}: #{e.message[0, 200]}"
end
t(:popen3) { Open3.popen3("cat") { |i, o, e, w| i.write "xyz"; i.close; [o.read, e.read, w.value.success?, w.pid.is_a?(Integer), w.class] } }
t(:popen3_err) { Open3.popen3("sh", "-c", "echo out; echo err >&2; exit 2") { |i, o, e, w| [o.read, e.read, w.value.exitstatus] } }
t(:popen3_noblock) { i, o, e, w = Open3.popen3("echo", "hi"); r = [o.read, w.value.success?]; [i, o, e].each(&:close); r }
t(:popen2) { Open3.popen2("tr a-z A-Z") { |i, o, w| i.puts "abc"; i.close; [o.read, w.value.exitstatus] } }
t(:popen2e) { Open3.popen2e("sh -c 'echo a; echo b >&2'") { |i, o, w| [o.read.lines.sort, w.value.success?] } }
t(:popen_ret) { Open3.popen3("true") { |*a| :block_value } }
t(:popen_env) { Open3.popen3({"FOO" => "bar"}, "sh -c 'echo $FOO'") { |i, o, e, w| o.read } }
t(:popen_chdir) { Open3.popen2("pwd", chdir: "/tmp") { |i, o, w| o.read } }
t(:pipeline_r) { Open3.pipeline_r("echo abc", "tr a-z A-Z") { |o, ts| [o.read, ts.size, ts.map { _1.value.success? }] } }
t(:pipeline_r3) { Open3.pipeline_r("printf 'b\\na\\nc\\n'", "sort", ["head", "-2"]) { |o, ts| o.read } }
t(:pipeline_w) { Open3.pipeline_w("cat", "wc -c") { |i, ts| i.write "12345"; i.close; ts.map { _1.value.exitstatus } } }
t(:pipeline) { Open3.pipeline("true", "false", "sh -c 'exit 3'").map(&:exitstatus) }
t(:missing) { Open3.popen3("no_such_command_xyz") { |*a| 1 } }
t(:detach) { w = Process.detach(spawn("sh -c 'exit 4'")); [w.class, w.class.superclass, w.pid.class, w.value.exitstatus, w[:pid] == w.pid] }
