# IO.popen (read, write, block, $?), IO.pipe and Open3.capture2/capture2e/capture3.
require 'open3'
p IO.popen("echo hi").read, $?.class
p IO.popen(["echo", "a b"], &:read), $?.success?
p IO.popen("exit 3") { |io| io.read }, $?.exitstatus
r, w = IO.pipe
w.puts "through pipe"
w.close
p r.read
r.close
o, s = Open3.capture2("echo", "x")
p o, s.success?
o, e, s = Open3.capture3("echo out; echo err >&2; exit 4")
p o, e, s.exitstatus
o, s = Open3.capture2e("echo one; echo two >&2")
p o, s.exitstatus
o, s = Open3.capture2("tr a-z A-Z", stdin_data: "shout")
p o
p IO.popen("echo $X", "r", chdir: "/") { |f| f.read }
w = IO.popen("cat > popen_w.tmp", "w")
w.puts "written"
w.close
p File.read("popen_w.tmp")
File.delete("popen_w.tmp")
