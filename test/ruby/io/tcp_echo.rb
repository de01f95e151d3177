# A threaded TCP echo server on an ephemeral port and clients in threads: accept,
# a thread per connection, line reads and writes, close_write, peeraddr/addr.
require 'socket'

server = TCPServer.new("127.0.0.1", 0)
port = server.addr[1]
p server.addr[0], server.addr[2], port > 0
handlers = []
acceptor = Thread.new do
  4.times do
    conn = server.accept
    handlers << Thread.new(conn) do |c|
      n = 0
      while (line = c.gets)
        c.write("echo: #{line}")
        n += 1
      end
      c.close
      n
    end
  end
end

clients = 4.times.map do |i|
  Thread.new do
    s = TCPSocket.new("127.0.0.1", port)
    out = []
    3.times do |j|
      s.puts "client #{i} line #{j}"
      out << s.gets
    end
    s.close_write
    out << s.read
    s.close
    out
  end
end
clients.each_with_index { |t, i| p [i, t.value] }
acceptor.join
p handlers.map(&:value)

# addresses on both ends
c = TCPSocket.new("localhost", port)
p c.peeraddr[1] == port, c.addr[0], c.remote_address.ip_port == port
p c.remote_address.inspect.sub(port.to_s, "PORT")
p c.local_address.ipv4?, c.local_address.ipv4_loopback?
p c.setsockopt(Socket::IPPROTO_TCP, Socket::TCP_NODELAY, 1), c.getsockopt(:TCP, :NODELAY).bool
p c.getsockopt(Socket::SOL_SOCKET, Socket::SO_TYPE).int == Socket::SOCK_STREAM
c.close
server.close
p c.closed?, c.inspect

# big transfers in both directions at once
s = TCPServer.new("127.0.0.1", 0)
payload = "0123456789abcdef" * 65536
t = Thread.new do
  a = s.accept
  got = a.read(payload.size)
  a.write(got.reverse)
  a.close
  got.size
end
c = TCPSocket.new("127.0.0.1", s.addr[1])
w = Thread.new { c.write(payload) }
back = c.read
p t.value, w.value, back == payload.reverse
c.close
s.close
