# Every thread blocked forever and nobody rescues: the program ends with status 1.
q = Queue.new
t = Thread.new { q.pop }
puts "joining"
t.join
puts "not reached"
