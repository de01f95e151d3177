# report_on_exception: the message a thread ending with an exception writes to $stderr,
# and abort_on_exception. Thread backtraces end at the thread's block.
require 'stringio'

def captured
  old = $stderr
  $stderr = StringIO.new
  yield
  $stderr.string.gsub(/0x\h+/, '0xX')
ensure
  $stderr = old
end

def boom = raise(ArgumentError, "boom")

puts captured { t = Thread.new { boom }; t.join rescue p [$!.class, $!.message] }
puts captured { t = Thread.new { Thread.current.name = "w1"; raise "named" }; t.join rescue nil }
puts captured { t = Thread.new { Thread.current.report_on_exception = false; raise "quiet" }; t.join rescue p $!.message }

Thread.report_on_exception = false
p Thread.new { }.report_on_exception
puts captured { t = Thread.new { raise "off" }; t.join rescue p $!.message }.inspect
Thread.report_on_exception = true

t = Thread.new { boom }
t.report_on_exception = false
e = (t.join rescue $!)
p e.backtrace.map { |l| l.sub(/:\d+:/, ':N:') }

# abort_on_exception: the exception is raised in the main thread.
begin
  t = Thread.new { Thread.current.report_on_exception = false; Thread.current.abort_on_exception = true; Thread.pass; raise "abort me" }
  sleep 1
  p :not_reached
rescue => e
  p [:main_got, e.message]
end
p [Thread.abort_on_exception, Thread.new { }.abort_on_exception]

# exit in a thread ends the process.
Thread.new { exit 3 }.join
p :not_reached
