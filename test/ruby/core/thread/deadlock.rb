# A thread waiting for a Mutex the blocked main thread holds: fatal "No live threads left".
m = Mutex.new
m.lock
begin
  Thread.new { m.lock }.join
rescue Exception => e
  p e.class.to_s
  p e.message.lines.first.chomp
end
puts "end"
