# Blocking reads and writes on pipes let other threads run: a reader thread and a
# writer thread on one pipe, Thread#kill/raise and Timeout on a blocked read.
require 'timeout'

r, w = IO.pipe
p w.sync
producer = Thread.new do
  5.times { |i| w.puts "line #{i}"; Thread.pass }
  w.close
  :done
end
lines = []
while (l = r.gets)
  lines << l.chomp
end
p lines, producer.value
p r.read, r.eof?
r.close

# More than a pipe holds: the writer waits for the reader.
r, w = IO.pipe
data = (0...100_000).map { |i| (i % 26 + 97).chr }.join * 3
writer = Thread.new { n = w.write(data); w.close; n }
got = r.read
p got.size, got == data, writer.value
r.close

# readpartial returns what is there.
r, w = IO.pipe
t = Thread.new { r.readpartial(100) }
Thread.pass until t.status == "sleep"
w.write("abc")
p t.value
w.write("defgh")
p r.readpartial(3), r.readpartial(100)
w.close
p((r.readpartial(1) rescue $!.class))

# A blocked reader is killed or interrupted.
r, w = IO.pipe
t = Thread.new { r.gets }
Thread.pass until t.status == "sleep"
p t.status
t.kill
p t.join.status
t = Thread.new do
  r.read(10)
rescue => e
  [e.class, e.message]
end
Thread.pass until t.status == "sleep"
t.raise(ArgumentError, "stop reading")
p t.value
begin
  Timeout.timeout(0.1) { r.getc }
rescue Timeout::Error => e
  p e.message
end
w.write("z")
p r.getc

# The main thread reads while others wait too.
q = Queue.new
waiters = 3.times.map { |i| Thread.new { q.pop * 10 + i } }
feeder = Thread.new { w.puts "from feeder"; 3.times { |i| q << i } }
p r.gets, waiters.map(&:value).sum, feeder.join.status
p r.inspect =~ /\A#<IO:fd \d+>\z/ ? :fd : r.inspect
r.close
w.close
p r.inspect, w.closed?

# Closing a stream another thread reads.
r, w = IO.pipe
t = Thread.new do
  r.gets
rescue IOError => e
  e.message
end
Thread.pass until t.status == "sleep"
r.close
p t.value
w.close
