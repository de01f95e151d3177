# abort_on_exception: an exception ending a thread is raised in the main thread.
Thread.report_on_exception = false
Thread.abort_on_exception = true
p Thread.abort_on_exception
begin
  t = Thread.new { raise ArgumentError, "from thread" }
  sleep 1
  puts "not reached"
rescue ArgumentError => e
  p [:main_got, e.message]
end
Thread.abort_on_exception = false
t = Thread.new { raise "quiet" }
sleep 0.05
p t.status
t = Thread.new { Thread.current.abort_on_exception = true; Thread.pass; raise IndexError, "own flag" }
begin
  t.join
rescue IndexError => e
  p [:rescued, e.message]
end
at_exit { puts "at_exit runs" }
t = Thread.new { puts "thread exits the process"; exit 3 }
sleep 0.1
puts "not reached"
