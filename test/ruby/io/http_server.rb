# A small threaded HTTP/1.1 server (a thread per connection, keep-alive, request
# bodies by Content-Length, a chunked response) and clients in threads, over TCP.
require 'socket'

class TinyHTTP
  def initialize
    @server = TCPServer.new("127.0.0.1", 0)
    @threads = []
    @count = 0
    @lock = Mutex.new
  end

  def port = @server.addr[1]

  def start(connections)
    @acceptor = Thread.new do
      connections.times do
        conn = @server.accept
        @threads << Thread.new(conn) { |c| serve(c) }
      end
    end
  end

  def finish
    @acceptor.join
    @threads.each(&:join)
    @server.close
    @count
  end

  def serve(c)
    while (line = c.gets("\r\n"))
      verb, path, version = line.chomp("\r\n").split(" ", 3)
      headers = {}
      while (h = c.gets("\r\n")) && h != "\r\n"
        k, v = h.chomp("\r\n").split(": ", 2)
        headers[k.downcase] = v
      end
      body = headers["content-length"] ? c.read(headers["content-length"].to_i) : ""
      @lock.synchronize { @count += 1 }
      if path == "/chunked"
        c.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        %w[alpha beta gamma].each { |part| c.write("#{part.bytesize.to_s(16)}\r\n#{part}\r\n") }
        c.write("0\r\n\r\n")
      else
        reply = "#{verb} #{path} #{version} body=#{body.inspect} agent=#{headers['user-agent']}"
        status = path == "/missing" ? "404 Not Found" : "200 OK"
        c.write("HTTP/1.1 #{status}\r\nContent-Type: text/plain\r\nContent-Length: #{reply.bytesize}\r\n\r\n#{reply}")
      end
      break if headers["connection"] == "close"
    end
    c.close
  end
end

def read_response(s)
  status = s.gets("\r\n").chomp("\r\n")
  headers = {}
  while (h = s.gets("\r\n")) != "\r\n"
    k, v = h.chomp("\r\n").split(": ", 2)
    headers[k] = v
  end
  body = +""
  if headers["Transfer-Encoding"] == "chunked"
    while (size = s.gets("\r\n").to_i(16)) > 0
      body << s.read(size)
      s.read(2)
    end
    s.read(2)
  else
    body = s.read(headers["Content-Length"].to_i)
  end
  [status, headers, body]
end

server = TinyHTTP.new
server.start(4)
clients = 3.times.map do |i|
  Thread.new do
    s = TCPSocket.new("127.0.0.1", server.port)
    out = []
    s.write("GET /hello/#{i} HTTP/1.1\r\nHost: localhost\r\nUser-Agent: client#{i}\r\n\r\n")
    out << read_response(s)
    data = "payload #{i}"
    s.write("POST /submit HTTP/1.1\r\nContent-Length: #{data.bytesize}\r\nUser-Agent: client#{i}\r\n\r\n#{data}")
    out << read_response(s)
    s.write("GET /missing HTTP/1.1\r\nConnection: close\r\n\r\n")
    out << read_response(s)
    out << s.read
    s.close
    out
  end
end
clients.each { |t| t.value.each { |r| p r } }
s = TCPSocket.new("127.0.0.1", server.port)
s.write("GET /chunked HTTP/1.1\r\nConnection: close\r\n\r\n")
p read_response(s)
s.close
p server.finish
