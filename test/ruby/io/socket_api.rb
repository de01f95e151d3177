# Socket's lower level: constants, getaddrinfo, sockaddr packing, Socket.new with
# bind/listen/accept/connect, Addrinfo, Socket::Option, and CRuby's error messages.
require 'socket'

p Socket::AF_INET, Socket::SOCK_STREAM, Socket::Constants::IPPROTO_TCP, Socket::SOL_SOCKET
p Socket::SHUT_RDWR, Socket::SO_REUSEADDR, Socket::TCP_NODELAY, Socket::AI_PASSIVE
p Socket.getaddrinfo("127.0.0.1", 80, nil, :STREAM)
p Socket.getaddrinfo("127.0.0.1", "http", Socket::AF_INET, Socket::SOCK_STREAM)
sa = Socket.sockaddr_in(8080, "127.0.0.1")
p sa, sa.encoding, Socket.unpack_sockaddr_in(sa)
p Socket.pack_sockaddr_in(80, "::1").size, Socket.unpack_sockaddr_in(Socket.pack_sockaddr_in(80, "::1"))
p Socket.unpack_sockaddr_un(Socket.sockaddr_un("/tmp/x.sock"))
p Socket.gethostname == `hostname`.chomp
ai = Addrinfo.tcp("127.0.0.1", 80)
p ai, ai.afamily, ai.socktype, ai.protocol, ai.ip?, ai.ipv6?, ai.ip_address, ai.ip_port, ai.to_sockaddr == Socket.sockaddr_in(80, "127.0.0.1")
p Addrinfo.udp("127.0.0.1", 53), Addrinfo.tcp("::1", 443).inspect_sockaddr, Addrinfo.unix("/tmp/a").unix_path
p Addrinfo.new(Socket.sockaddr_in(1, "10.1.2.3")).ipv4_private?

server = Socket.new(:INET, :STREAM)
server.setsockopt(:SOCKET, :REUSEADDR, true)
p server.getsockopt(:SOCKET, :REUSEADDR)
p server.bind(Addrinfo.tcp("127.0.0.1", 0)), server.listen(5)
port = server.local_address.ip_port
client = Socket.new(Socket::AF_INET, Socket::SOCK_STREAM, 0)
t = Thread.new { server.accept }
p client.connect(Socket.sockaddr_in(port, "127.0.0.1"))
conn, addr = t.value
p conn.class, addr.class, addr.ip_address, addr.ip_port == client.local_address.ip_port
client.write("over socket")
client.close_write
p conn.read
conn.close
client.close
Socket.tcp("127.0.0.1", port) { |s| p s.class, s.remote_address.ip_port == port }
c2 = TCPSocket.new("127.0.0.1", port)
p server.accept_nonblock[0].class
c2.close
server.close

p((TCPSocket.new("127.0.0.1", 1) rescue $!))
s = TCPServer.new("127.0.0.1", 0)
e = (TCPServer.new("127.0.0.1", s.addr[1]) rescue $!)
p e.class, e.message.sub(s.addr[1].to_s, "PORT")
s.close
p((Socket.getaddrinfo("127.0.0.1", "no-such-service", nil, :STREAM) rescue $!))
p SocketError.ancestors.take(3)
p((Socket.new(:NOPE, :STREAM) rescue $!))
p((TCPServer.new(1, 2, 3) rescue $!))
