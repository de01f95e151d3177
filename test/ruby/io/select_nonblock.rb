# IO.select, io/wait and the non-blocking reads and writes on pipes.
require 'io/wait'
require 'io/nonblock'

r, w = IO.pipe
p IO.select([r], nil, nil, 0)
p IO.select([r], [w], nil, 0) == [[], [w], []]
p IO.select(nil, nil, nil, 0.01)
w << "hello\nworld\n"
rs, ws, es = IO.select([r], [w], [r])
p rs == [r], ws == [w], es
p r.gets
# what stdio read ahead is ready too
p IO.select([r], nil, nil, 0)[0] == [r]
p r.ready?, r.nread
p r.read_nonblock(100)
p r.read_nonblock(10, exception: false)
begin
  r.read_nonblock(10)
rescue IO::WaitReadable => e
  p e.class, e.message, e.is_a?(Errno::EAGAIN)
end
p r.ready?, r.nread
p r.wait_readable(0.01), w.wait_writable(0) == w
p r.wait(0.01), r.wait(IO::READABLE, 0)
t = Thread.new { IO.select([r])[0].size }
Thread.pass until t.status == "sleep"
w << "x"
p t.value, r.wait_readable == r, r.wait(1, :read) == r
buf = +"old"
p r.read_nonblock(5, buf), buf
p r.nonblock?, w.nonblock?
r.nonblock = false
p r.nonblock?
r.nonblock { p r.nonblock? }
p r.nonblock?

# a full pipe: write_nonblock takes what fits, then would block
total = 0
loop do
  n = w.write_nonblock("y" * 4096, exception: false)
  break if n == :wait_writable
  total += n
end
p total > 0, IO.select(nil, [w], nil, 0)
begin
  w.write_nonblock("y")
rescue IO::WaitWritable => e
  p e.class, e.message
end
drained = r.read_nonblock(total * 2)
p drained.size == total
w.close
p r.read_nonblock(1, exception: false)
p((r.read_nonblock(1) rescue $!.class))
p IO.select([r], nil, nil, 0) == [[r], [], []]
r.close
p((IO.select([r]) rescue $!))
p((IO.select(nil, nil, nil, -1) rescue $!))
p((IO.select([1]) rescue $!))
p IO::EWOULDBLOCKWaitReadable, IO::EAGAINWaitWritable.ancestors.take(4)
