# Net::HTTP against a threaded local server: get/post/head/put/delete on a kept-alive
# connection, Net::HTTP.get/get_response/start with host, path and port, chunked and
# until-close bodies, response classes, headers, errors. The server echoes each request.
require 'socket'
require 'net/http'

server = TCPServer.new("127.0.0.1", 0)
PORT = server.addr[1]
connections = Queue.new
acceptor = Thread.new do
  loop do
    c = server.accept
    connections << Thread.new(c) do |s|
      served = 0
      while (line = s.gets)
        verb, path, = line.split(" ")
        head = []
        while (h = s.gets) != "\r\n"
          head << h.chomp.sub(PORT.to_s, "PORT")
        end
        len = head.map { |h| h[/\AContent-Length: (\d+)/, 1] }.compact.first&.to_i
        body = len ? s.read(len) : nil
        served += 1
        echo = "#{verb} #{path} #{head.inspect} #{body.inspect}"
        case path
        when "/chunked"
          s.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Kind: chunked\r\n\r\n")
          echo.scan(/.{1,10}/m) { |part| s.write("#{part.bytesize.to_s(16)}\r\n#{part}\r\n") }
          s.write("0\r\n\r\n")
        when "/close"
          s.write("HTTP/1.0 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n#{echo}")
          break
        when "/missing"
          s.write("HTTP/1.1 404 Not Found\r\nContent-Length: #{echo.bytesize}\r\n\r\n#{echo}")
        when "/moved"
          s.write("HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n")
        when "/boom"
          s.write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\n\r\nboom")
        else
          s.write("HTTP/1.1 200 OK\r\nContent-Length: #{verb == 'HEAD' ? 99 : echo.bytesize}\r\n" \
                  "Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-Served: #{served}\r\n\r\n")
          s.write(echo) unless verb == "HEAD"
        end
      end
      s.close
      served
    end
  end
end

def show(res)
  p res, res.code, res.message, res.http_version, res.body, res.to_hash.reject { |k, _| k == "content-length" }
end

Net::HTTP.start("127.0.0.1", PORT) do |http|
  p http.inspect.sub(PORT.to_s, "PORT"), http.started?
  show http.get("/first")
  show http.get("/second?x=1", "X-Custom" => "yes")
  show http.post("/submit", "name=maglev", "Content-Type" => "text/plain")
  show http.head("/head")
  show http.put("/put", "data", "Content-Type" => "application/octet-stream")
  show http.delete("/item")
  show http.get("/chunked")
  req = Net::HTTP::Post.new("/form")
  req.set_form_data("q" => "a b&c", "n" => 1)
  p req.inspect, req["content-type"], req.body
  show http.request(req)
  r = http.get("/missing")
  show r
  p((r.value rescue [$!.class, $!.message, $!.response.equal?(r)]))
  r = http.get("/moved")
  p r.class.ancestors.take(3), r["location"], r.body
  p((http.get("/boom").value rescue [$!.class, $!.message]))
  chunks = []
  http.request_get("/chunked") { |res| res.read_body { |s| chunks << s.size } }
  p chunks.sum > 0
  show http.get("/close")
  show http.get("/after-close")
end
p Net::HTTP.get("127.0.0.1", "/class-get", PORT)
show Net::HTTP.get_response("127.0.0.1", "/class-get-response", PORT)
http = Net::HTTP.new("127.0.0.1", PORT)
p http.started?
p http.request(Net::HTTP::Get.new("/unstarted")).body
p http.started?
p Net::HTTPOK.ancestors.take(4), Net::HTTPNotFound.superclass, Net::HTTPNoContent::HAS_BODY
p Net::HTTP::Get.new("/x").inspect, Net::HTTP::Get::METHOD, Net::HTTP::Head.new("/").response_body_permitted?
h = Net::HTTP::Get.new("/", "A-b" => "1")
h.add_field("a-B", "2")
p h["a-b"], h.get_fields("A-B"), h.key?("a-b"), h.to_hash.keys
h.basic_auth("user", "pass")
p h["authorization"]
begin
  Net::HTTP.get("127.0.0.1", "/", 1)
rescue => e
  p e.class, e.message
end
acceptor.kill
server.close
p connections.size, connections.size.times.map { connections.pop.value }
