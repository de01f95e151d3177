# socket: BasicSocket, IPSocket, TCPSocket, TCPServer, UNIXSocket, UNIXServer, Socket
# (its constants, getaddrinfo, gethostname, sockaddr packing, Socket.tcp/unix),
# Addrinfo and Socket::Option, over Maglev::Socket's system calls (core/socket.cc).
# Sockets are IO streams: reads and writes, accept and connect let other green threads
# run while they wait. Error messages are CRuby 3.1's.
require 'io/wait'

class SocketError < StandardError; end

class BasicSocket < IO
  @do_not_reverse_lookup = true

  class << self
    attr_accessor :do_not_reverse_lookup

    def for_fd(fd) = Maglev::Socket.io(self, fd)

    # A new socket of this class over fd, set up as CRuby's init_sock.
    def __wrap(fd, path = nil)
      s = Maglev::Socket.io(self, fd)
      s.instance_variable_set(:@path, path)
      s.do_not_reverse_lookup = BasicSocket.do_not_reverse_lookup
      s
    end

    # Connects fd to sockaddr, waiting at most timeout seconds; the errno, 0 when done.
    def __connect(fd, sockaddr, timeout = nil)
      err = Maglev::Socket.connect(fd, sockaddr, !timeout.nil?)
      return err unless timeout && err == Errno::EINPROGRESS::Errno
      return Errno::ETIMEDOUT::Errno unless Thread.__wait_io([fd], [IO::WRITABLE], timeout)
      Maglev::Socket.getsockopt(fd, Socket::SOL_SOCKET, Socket::SO_ERROR).unpack1("i")
    end

    def __close_fd(fd)
      Maglev::Socket.io(BasicSocket, fd).close
    end

    # sock, or what the block returns for it (closing it after).
    def __with(sock)
      return sock unless block_given?
      begin
        yield sock
      ensure
        sock.close unless sock.closed?
      end
    end
  end

  attr_accessor :do_not_reverse_lookup

  def setsockopt(level, optname = nil, optval = nil)
    if level.is_a?(Socket::Option)
      opt = level
      level, optname, optval = opt.level, opt.optname, opt.data
    end
    lv = Socket.__level(level)
    Maglev::Socket.setsockopt(fileno, lv, Socket.__optname(lv, optname), Socket::Option.__pack(optval))
    0
  end

  def getsockopt(level, optname)
    lv = Socket.__level(level)
    on = Socket.__optname(lv, optname)
    data = Maglev::Socket.getsockopt(fileno, lv, on)
    Socket::Option.new(local_address.afamily, lv, on, data)
  end

  def shutdown(how = Socket::SHUT_RDWR)
    how = case how
          when Integer then how
          when :RD, :SHUT_RD, "RD", "SHUT_RD" then Socket::SHUT_RD
          when :WR, :SHUT_WR, "WR", "SHUT_WR" then Socket::SHUT_WR
          when :RDWR, :SHUT_RDWR, "RDWR", "SHUT_RDWR" then Socket::SHUT_RDWR
          else raise SocketError, "unknown shutdown argument: #{how}"
          end
    raise ArgumentError, "`how' should be either :SHUT_RD, :SHUT_WR, :SHUT_RDWR" unless (0..2).include?(how)
    Maglev::Socket.shutdown(fileno, how)
  end

  def getsockname = Maglev::Socket.sockname(fileno, false)
  def getpeername = Maglev::Socket.sockname(fileno, true)
  def local_address = Addrinfo.__from(getsockname, __socktype)
  def remote_address = Addrinfo.__from(getpeername, __socktype)
  def connect_address = local_address

  def __socktype = Maglev::Socket.getsockopt(fileno, Socket::SOL_SOCKET, Socket::SO_TYPE).unpack1("i")

  def recv(maxlen, flags = 0, buf = nil)
    return "" if maxlen.zero?
    readpartial(maxlen, buf)
  rescue EOFError
    ""
  end

  def recv_nonblock(maxlen, flags = 0, buf = nil, exception: true)
    r = read_nonblock(maxlen, buf, exception: exception)
    r.nil? ? "" : r
  end

  def send(mesg, flags = 0, dest = nil)
    write(mesg)
  end

  def sendmsg(mesg, *) = write(mesg)

  # accept(2) for the servers: [fd, sockaddr], or :wait_readable (nonblock and
  # exception: false) / IO::EAGAINWaitReadable when no connection is waiting.
  def __accept(nonblock = false, exception = true)
    r = Maglev::Socket.accept(fileno, nonblock)
    if r == :wait_readable && exception
      raise IO::EAGAINWaitReadable, "accept(2) would block"
    end
    r
  end
  private :__accept
  def close_on_exec? = true
end

class IPSocket < BasicSocket
  def self.getaddress(host)
    Addrinfo.getaddrinfo(host, nil, nil, :STREAM).first&.ip_address ||
      raise(SocketError, "getaddrinfo: Name or service not known")
  end

  def addr(reverse_lookup = nil) = __addr(getsockname, reverse_lookup)
  def peeraddr(reverse_lookup = nil) = __addr(getpeername, reverse_lookup)

  def __addr(sockaddr, _reverse_lookup)
    family, ip, port = Maglev::Socket.unpack(sockaddr)
    [Socket.__family_name(family), port, ip, ip]
  end
  private :__addr

  def inspect
    return "#<#{self.class}:(closed)>" if closed?
    family, ip, port = Maglev::Socket.unpack(getsockname)
    "#<#{self.class}:fd #{fileno}, #{Socket.__family_name(family)}, #{ip}, #{port}>"
  rescue SystemCallError
    "#<#{self.class}:fd #{fileno}>"
  end

  def recvfrom(maxlen, flags = 0)
    [recv(maxlen, flags), peeraddr]
  end
end

class TCPSocket < IPSocket
  def self.gethostbyname(host)
    infos = Addrinfo.getaddrinfo(host, nil, nil, :STREAM)
    raise SocketError, "getaddrinfo: Name or service not known" if infos.empty?
    [host, [], infos[0].afamily, *infos.map(&:ip_address).uniq]
  end

  def self.new(host, port, local_host = nil, local_port = nil, connect_timeout: nil)
    infos = Socket.__resolve(host || "localhost", port, Socket::SOCK_STREAM, 0)
    err = nil
    infos.each do |family, socktype, protocol, sockaddr|
      fd = Maglev::Socket.socket(family, socktype, protocol)
      if local_host || local_port
        local = Socket.__resolve(local_host, local_port, socktype, Socket::AI_PASSIVE)
                      .find { |f, *| f == family }
        e = local && Maglev::Socket.bind(fd, local[3])
        if e.nil? || e != 0
          __close_fd(fd)
          raise SystemCallError.new("bind(2) for #{local_host.inspect} port #{local_port}", e || 0)
        end
      end
      err = __connect(fd, sockaddr, connect_timeout)
      return __wrap(fd) if err == 0
      __close_fd(fd)
    end
    if err == Errno::ETIMEDOUT::Errno && connect_timeout
      raise Errno::ETIMEDOUT, "user specified timeout"
    end
    raise SystemCallError.new("connect(2) for #{(host || 'localhost').inspect} port #{port}", err)
  end

  class << self
    alias open new
  end
end

class TCPServer < TCPSocket
  def self.new(*args)
    raise ArgumentError, "wrong number of arguments (given #{args.size}, expected 1..2)" unless (1..2).cover?(args.size)
    host, port = args.size == 1 ? [nil, args[0]] : args
    infos = Socket.__resolve(host, port, Socket::SOCK_STREAM, Socket::AI_PASSIVE)
    err = nil
    infos.each do |family, socktype, protocol, sockaddr|
      fd = Maglev::Socket.socket(family, socktype, protocol)
      Maglev::Socket.setsockopt(fd, Socket::SOL_SOCKET, Socket::SO_REUSEADDR, [1].pack("i"))
      err = Maglev::Socket.bind(fd, sockaddr)
      if err == 0
        Maglev::Socket.listen(fd, Socket::SOMAXCONN)
        return __wrap(fd)
      end
      __close_fd(fd)
    end
    raise SystemCallError.new("bind(2) for #{host.inspect} port #{port}", err)
  end

  class << self
    alias open new
  end

  def accept = TCPSocket.__wrap(__accept[0])

  def accept_nonblock(exception: true)
    r = __accept(true, exception)
    r == :wait_readable ? r : TCPSocket.__wrap(r[0])
  end

  def sysaccept = __accept[0]

  def listen(backlog)
    Maglev::Socket.listen(fileno, backlog)
  end
end

class UNIXSocket < BasicSocket
  # A UNIX socket connected to path, or (server) bound to it and listening.
  def self.__open(path, server)
    path = path.to_path if path.respond_to?(:to_path)
    path = path.to_str
    fd = Maglev::Socket.socket(Socket::AF_UNIX, Socket::SOCK_STREAM, 0)
    sa = Maglev::Socket.pack_un(path)
    err = server ? Maglev::Socket.bind(fd, sa) : __connect(fd, sa)
    if err != 0
      __close_fd(fd)
      raise SystemCallError.new("connect(2) for #{path}", err)   # bind's too, as CRuby 3.1
    end
    return __wrap(fd, "") unless server
    Maglev::Socket.listen(fd, Socket::SOMAXCONN)
    __wrap(fd, path)
  end

  def self.new(path) = __open(path, false)

  class << self
    alias open new
  end

  def self.pair(type = Socket::SOCK_STREAM, protocol = 0)
    fds = Maglev::Socket.socketpair(Socket::AF_UNIX, Socket.__socktype(type), protocol)
    fds.map { |fd| __wrap(fd) }
  end

  def self.socketpair(*args) = pair(*args)

  def path = @path || ""
  def addr = ["AF_UNIX", Maglev::Socket.unpack(getsockname)[1] || ""]
  def peeraddr = ["AF_UNIX", Maglev::Socket.unpack(getpeername)[1] || ""]

  def inspect
    return "#<#{self.class}:(closed)>" if closed?
    @path ? "#<#{self.class}:#{@path}>" : "#<#{self.class}:fd #{fileno}>"
  end

  def recvfrom(maxlen, flags = 0) = [recv(maxlen, flags), peeraddr]
end

class UNIXServer < UNIXSocket
  def self.new(path) = __open(path, true)

  class << self
    alias open new
  end

  def accept = UNIXSocket.__wrap(__accept[0], path)

  def accept_nonblock(exception: true)
    r = __accept(true, exception)
    r == :wait_readable ? r : UNIXSocket.__wrap(r[0], path)
  end

  def sysaccept = __accept[0]
  def listen(backlog) = Maglev::Socket.listen(fileno, backlog)
end

class Socket < BasicSocket
  module Constants; end
  Maglev::Socket::Constants.constants.each do |name|
    v = Maglev::Socket::Constants.const_get(name)
    Constants.const_set(name, v)
    const_set(name, v)
  end

  class ResolutionError < SocketError; end

  LEVEL_PREFIX = { SOL_SOCKET => "SO_", IPPROTO_TCP => "TCP_", IPPROTO_IP => "IP_",
                   IPPROTO_IPV6 => "IPV6_" }.freeze
  FAMILY_NAMES = { AF_INET => "AF_INET", AF_INET6 => "AF_INET6", AF_UNIX => "AF_UNIX",
                   AF_UNSPEC => "AF_UNSPEC" }.freeze
  private_constant :FAMILY_NAMES

  class << self
    def __family_name(family) = FAMILY_NAMES[family] || "unknown:#{family}"

    # A family, socket type or level given as Integer, Symbol or String (:INET,
    # "AF_INET", :STREAM...).
    def __const(v, prefix, what)
      return v if v.is_a?(Integer)
      return 0 if v.nil?
      name = v.to_s
      [name, "#{prefix}#{name}"].each do |n|
        return const_get(n) if n.match?(/\A[A-Z][A-Z0-9_]*\z/) && const_defined?(n, false)
      end
      raise SocketError, "unknown #{what}: #{name}"
    end

    def __family(v) = __const(v, "AF_", "socket domain")
    def __socktype(v) = __const(v, "SOCK_", "socket type")

    def __level(v)
      return v if v.is_a?(Integer)
      case v.to_s
      when "SOCKET", "SOL_SOCKET" then SOL_SOCKET
      when "TCP", "IPPROTO_TCP" then IPPROTO_TCP
      when "UDP", "IPPROTO_UDP" then IPPROTO_UDP
      when "IP", "IPPROTO_IP" then IPPROTO_IP
      when "IPV6", "IPPROTO_IPV6" then IPPROTO_IPV6
      else raise SocketError, "unknown protocol level: #{v}"
      end
    end

    def __optname(level, v)
      return v if v.is_a?(Integer)
      prefix = LEVEL_PREFIX[level] || ""
      __const(v, prefix, "socket level option name")
    end

    # getaddrinfo as [[family, socktype, protocol, sockaddr, canonname], ...].
    def __resolve(host, port, socktype, flags, family = AF_UNSPEC, protocol = 0)
      Maglev::Socket.getaddrinfo(host&.to_s, port&.to_s, family, socktype, protocol, flags)
    end

    def getaddrinfo(host, port, family = nil, socktype = nil, protocol = nil, flags = nil, reverse_lookup = nil)
      host = nil if host == ""
      __resolve(host, port, __socktype(socktype), flags || 0, __family(family), protocol || 0).map do |f, st, pr, sa, _|
        _, ip, p = Maglev::Socket.unpack(sa)
        [__family_name(f), p, ip, ip, f, st, pr]
      end
    end

    def gethostname = Maglev::Socket.gethostname

    def sockaddr_in(port, host)
      host = "0.0.0.0" if host.nil? || host == ""
      sa = Maglev::Socket.pack_in(host.to_s, port.to_i)
      sa || __resolve(host, port, SOCK_STREAM, 0).first[3]
    end
    alias pack_sockaddr_in sockaddr_in

    def unpack_sockaddr_in(sockaddr)
      sockaddr = sockaddr.to_sockaddr if sockaddr.is_a?(Addrinfo)
      family, ip, port = Maglev::Socket.unpack(sockaddr)
      raise ArgumentError, "not an AF_INET/AF_INET6 sockaddr" unless [AF_INET, AF_INET6].include?(family)
      [port, ip]
    end

    def sockaddr_un(path) = Maglev::Socket.pack_un(path)
    alias pack_sockaddr_un sockaddr_un

    def unpack_sockaddr_un(sockaddr)
      sockaddr = sockaddr.to_sockaddr if sockaddr.is_a?(Addrinfo)
      family, path = Maglev::Socket.unpack(sockaddr)
      raise ArgumentError, "not an AF_UNIX sockaddr" unless family == AF_UNIX
      path
    end

    def pair(domain, type, protocol = 0)
      Maglev::Socket.socketpair(__family(domain), __socktype(type), protocol).map { |fd| __wrap(fd) }
    end
    alias socketpair pair

    def tcp(host, port, local_host = nil, local_port = nil, connect_timeout: nil, resolv_timeout: nil, &blk)
      err = nil
      sock = nil
      last = nil
      __resolve(host, port, SOCK_STREAM, 0).each do |family, socktype, protocol, sockaddr|
        fd = Maglev::Socket.socket(family, socktype, protocol)
        err = __connect(fd, sockaddr, connect_timeout)
        last = sockaddr
        if err == 0
          sock = __wrap(fd)
          break
        end
        __close_fd(fd)
      end
      raise Errno::ETIMEDOUT, "user specified timeout" if err == Errno::ETIMEDOUT::Errno && connect_timeout
      raise SystemCallError.new("connect(2) for #{Addrinfo.__from(last, 0).inspect_sockaddr}", err) unless sock
      __with(sock, &blk)
    end

    def unix(path, &blk) = __with(UNIXSocket.new(path), &blk)

    def ip_address_list = [Addrinfo.ip("127.0.0.1")]
  end

  def self.new(domain, type, protocol = 0)
    fd = Maglev::Socket.socket(__family(domain), __socktype(type), protocol)
    __wrap(fd)
  end

  def bind(addr)
    sa = addr.is_a?(Addrinfo) ? addr.to_sockaddr : addr
    err = Maglev::Socket.bind(fileno, sa)
    raise SystemCallError.new("bind(2) for #{Addrinfo.__from(sa, 0).inspect_sockaddr}", err) if err != 0
    0
  end

  def connect(addr)
    sa = addr.is_a?(Addrinfo) ? addr.to_sockaddr : addr
    err = Maglev::Socket.connect(fileno, sa, false)
    raise SystemCallError.new("connect(2) for #{Addrinfo.__from(sa, 0).inspect_sockaddr}", err) if err != 0
    0
  end

  def connect_nonblock(addr, exception: true)
    sa = addr.is_a?(Addrinfo) ? addr.to_sockaddr : addr
    err = Maglev::Socket.connect(fileno, sa, true)
    return 0 if err == 0
    if err == Errno::EINPROGRESS::Errno
      return :wait_writable unless exception
      raise IO::EINPROGRESSWaitWritable, "connect(2) would block"
    end
    raise SystemCallError.new("connect(2) for #{Addrinfo.__from(sa, 0).inspect_sockaddr}", err)
  end

  def listen(backlog) = Maglev::Socket.listen(fileno, backlog)

  def accept
    fd, sa = __accept
    [Socket.__wrap(fd), Addrinfo.__from(sa, SOCK_STREAM)]
  end

  def accept_nonblock(exception: true)
    r = __accept(true, exception)
    r == :wait_readable ? r : [Socket.__wrap(r[0]), Addrinfo.__from(r[1], SOCK_STREAM)]
  end

  def sysaccept
    fd, sa = __accept
    [fd, Addrinfo.__from(sa, SOCK_STREAM)]
  end

  # Socket::Option: a socket option's level, name and bytes (getsockopt's result).
  class Option
    attr_reader :family, :level, :optname, :data

    def self.__pack(v)
      case v
      when true then [1].pack("i")
      when false, nil then [0].pack("i")
      when Integer then [v].pack("i")
      else v.to_str
      end
    end

    def self.int(family, level, optname, i) = new(family, level, optname, [i].pack("i"))
    def self.bool(family, level, optname, b) = new(family, level, optname, [b ? 1 : 0].pack("i"))

    def initialize(family, level, optname, data)
      @family = Socket.__family(family)
      @level = Socket.__level(level)
      @optname = Socket.__optname(@level, optname)
      @data = data
    end

    def int = @data.unpack1("i")
    def bool = int != 0
    def to_s = @data
    def unpack(fmt) = @data.unpack(fmt)

    def linger
      on, secs = @data.unpack("ii")
      [on != 0, secs]
    end

    def inspect
      fam = Socket.__family_name(@family).delete_prefix("AF_")
      prefix = Socket::LEVEL_PREFIX[@level]
      lvl = { SOL_SOCKET => "SOCKET", IPPROTO_TCP => "TCP", IPPROTO_IP => "IP",
              IPPROTO_IPV6 => "IPV6" }[@level] || @level.to_s
      name = prefix && Socket.constants.map(&:to_s).find do |c|
        c.start_with?(prefix) && Socket.const_get(c) == @optname
      end
      value = if @optname == SO_TYPE && @level == SOL_SOCKET
                { SOCK_STREAM => "SOCK_STREAM", SOCK_DGRAM => "SOCK_DGRAM" }[int] || int.to_s
              elsif @data.bytesize == 4
                int.to_s
              else
                @data.inspect
              end
      "#<Socket::Option: #{fam} #{lvl} #{name ? name.delete_prefix(prefix) : @optname} #{value}>"
    end
  end
end

# Addrinfo: one address (a packed sockaddr) with its socket type and protocol.
class Addrinfo
  attr_reader :socktype, :protocol

  def self.__from(sockaddr, socktype, protocol = 0)
    new(sockaddr, nil, socktype, protocol)
  end

  def self.getaddrinfo(host, port, family = nil, socktype = nil, protocol = nil, flags = nil)
    Socket.__resolve(host, port, Socket.__socktype(socktype), flags || 0, Socket.__family(family), protocol || 0)
          .map { |_, st, pr, sa, _| new(sa, nil, st, pr) }
  end

  def self.tcp(host, port) = __one(host, port, Socket::SOCK_STREAM, Socket::IPPROTO_TCP)
  def self.udp(host, port) = __one(host, port, Socket::SOCK_DGRAM, Socket::IPPROTO_UDP)

  def self.ip(host)
    ai = __one(host, nil, 0, 0)
    new(Socket.sockaddr_in(0, ai.ip_address), nil, 0, 0)
  end

  def self.unix(path, socktype = Socket::SOCK_STREAM)
    new(Socket.sockaddr_un(path), nil, Socket.__socktype(socktype), 0)
  end

  def self.__one(host, port, socktype, protocol)
    r = Socket.__resolve(host, port, socktype, 0, Socket::AF_UNSPEC, protocol).first
    raise SocketError, "getaddrinfo: Name or service not known" unless r
    new(r[3], nil, r[1], r[2])
  end

  def initialize(sockaddr, family = nil, socktype = 0, protocol = 0)
    sockaddr = Socket.sockaddr_in(sockaddr[1], sockaddr[3]) if sockaddr.is_a?(Array)
    @sockaddr = sockaddr.b.freeze
    @socktype = Socket.__socktype(socktype)
    @protocol = protocol || 0
    @parts = Maglev::Socket.unpack(@sockaddr)
  end

  def afamily = @parts[0]
  def pfamily = @parts[0]
  def ip? = afamily == Socket::AF_INET || afamily == Socket::AF_INET6
  def ipv4? = afamily == Socket::AF_INET
  def ipv6? = afamily == Socket::AF_INET6
  def unix? = afamily == Socket::AF_UNIX

  def ip_address
    raise SocketError, "need IPv4 or IPv6 address" unless ip?
    @parts[1]
  end

  def ip_port
    raise SocketError, "need IPv4 or IPv6 address" unless ip?
    @parts[2]
  end

  def ip_unpack = [ip_address, ip_port]

  def unix_path
    raise SocketError, "need AF_UNIX address" unless unix?
    @parts[1]
  end

  def ipv4_loopback? = ipv4? && ip_address.start_with?("127.")
  def ipv6_loopback? = ipv6? && ip_address == "::1"
  def ipv4_private? = ipv4? && ip_address.match?(/\A(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/)

  def to_sockaddr = @sockaddr
  alias to_s to_sockaddr

  def inspect_sockaddr
    if ipv4? then "#{ip_address}:#{ip_port}"
    elsif ipv6? then "[#{ip_address}]:#{ip_port}"
    elsif unix? then unix_path.empty? ? "empty-path-AF_UNIX-sockaddr" : unix_path
    else "unknown address family"
    end
  end

  def inspect
    kind = if ip?
             { Socket::IPPROTO_TCP => " TCP", Socket::IPPROTO_UDP => " UDP" }[@protocol] ||
               { Socket::SOCK_STREAM => " TCP", Socket::SOCK_DGRAM => " UDP" }[@socktype] || ""
           else
             { Socket::SOCK_STREAM => " SOCK_STREAM", Socket::SOCK_DGRAM => " SOCK_DGRAM" }[@socktype] || ""
           end
    "#<Addrinfo: #{inspect_sockaddr}#{kind}>"
  end

  def ==(other) = other.is_a?(Addrinfo) && to_sockaddr == other.to_sockaddr && socktype == other.socktype

  def connect(&blk) = BasicSocket.__with(__socket.tap { |s| s.connect(self) }, &blk)
  def bind(&blk) = BasicSocket.__with(__socket.tap { |s| s.bind(self) }, &blk)

  def listen(backlog = Socket::SOMAXCONN, &blk)
    s = __socket
    s.setsockopt(Socket::SOL_SOCKET, Socket::SO_REUSEADDR, 1)
    s.bind(self)
    s.listen(backlog)
    BasicSocket.__with(s, &blk)
  end

  def __socket = Socket.new(afamily, @socktype.zero? ? Socket::SOCK_STREAM : @socktype, 0)
  private :__socket
end
