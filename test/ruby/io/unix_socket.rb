# UNIX sockets in a temporary directory: UNIXServer/UNIXSocket, accept in a thread,
# UNIXSocket.pair, addresses, inspect, and the errors CRuby raises.
require 'socket'
require 'tmpdir'

Dir.mktmpdir do |dir|
  path = File.join(dir, "s.sock")
  server = UNIXServer.new(path)
  p server.path == path, server.addr == ["AF_UNIX", path], File.socket?(path)
  t = Thread.new do
    2.times.map do
      c = server.accept
      p c.path == path, c.peeraddr
      line = c.gets
      c.puts line.upcase
      c.close
      line
    end
  end
  2.times do |i|
    s = UNIXSocket.new(path)
    p s.path, s.addr, s.peeraddr == ["AF_UNIX", path], s.inspect
    s.puts "hello #{i}"
    p s.gets, s.read, s.eof?
    s.close
  end
  p t.value
  p s = (UNIXServer.new(path) rescue $!.class)
  p((UNIXSocket.new(File.join(dir, "none.sock")) rescue $!.class))
  p((UNIXSocket.new(File.join(dir, "none.sock")) rescue $!.message.sub(dir, "DIR")))
  p server.local_address.unix_path == path, server.local_address.inspect.sub(dir, "DIR")
  p server.accept_nonblock(exception: false)
  begin
    server.accept_nonblock
  rescue IO::WaitReadable => e
    p e.class, e.message
  end
  server.close
end

a, b = UNIXSocket.pair
p a.addr, b.peeraddr, a.inspect =~ /\A#<UNIXSocket:fd \d+>\z/ ? :fd : a.inspect
a.write("ping")
p b.readpartial(10), b.read_nonblock(10, exception: false)
b.send("pong", 0)
p a.recv(10)
a.close_write
p b.read, b.eof?
b.close_write
p a.read
a.close
b.close
p((a.read rescue $!))
x, y = Socket.pair(:UNIX, :STREAM)
p x.class, y.class
x << "abc"
x.shutdown(Socket::SHUT_WR)
p y.read
x.close
y.close
