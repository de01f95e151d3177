# URI.open / URI#read / URI#open against a local HTTP server thread: body, status, meta,
# content type and charset (the body's encoding), redirects (relative, absolute, loops,
# redirect: false), errors with their io, headers and basic auth, progress procs, the
# Tempfile past 10 KiB, modes and options; plain file names go to Kernel#open.
require 'open-uri'
require 'socket'
server = TCPServer.new("127.0.0.1", 0)
port = server.addr[1]
Thread.new do
  loop do
    c = server.accept
    req = c.gets
    headers = {}
    while (l = c.gets) && l != "\r\n"
      k, v = l.chomp.split(": ", 2)
      headers[k.downcase] = v
    end
    path = req.split[1]
    status, hdrs, body = case path
      when "/hello" then ["200 OK", {"Content-Type" => "text/plain; charset=UTF-8", "Last-Modified" => "Sun, 06 Nov 1994 08:49:37 GMT", "X-Multi" => "a"}, "héllo\n"]
      when "/html" then ["200 OK", {"Content-Type" => "text/html"}, "<p>x</p>"]
      when "/bin" then ["200 OK", {"Content-Type" => "application/octet-stream", "Content-Encoding" => "gzip, Identity"}, "\x00\x01"]
      when "/none" then ["200 OK", {}, "plain"]
      when "/latin" then ["200 OK", {"Content-Type" => "text/plain; charset=\"ISO-8859-1\""}, "caf\xE9".b]
      when "/redir" then ["302 Found", {"Location" => "/hello"}, ""]
      when "/redir_abs" then ["301 Moved Permanently", {"Location" => "http://127.0.0.1:#{port}/html"}, ""]
      when "/loop" then ["302 Found", {"Location" => "/loop"}, ""]
      when "/big" then ["200 OK", {"Content-Type" => "text/plain"}, "x" * 20000]
      when "/hdr" then ["200 OK", {"Content-Type" => "text/plain"}, "ua=#{headers['user-agent'].to_s.empty? ? 'none' : 'set'} x=#{headers['x-custom']} auth=#{headers['authorization']}"]
      when "/missing" then ["404 Not Found", {"Content-Type" => "text/plain"}, "nope"]
      else ["500 Internal Server Error", {}, "err"]
    end
    c.write "HTTP/1.1 #{status}\r\n"
    hdrs.merge("Content-Length" => body.bytesize.to_s, "Connection" => "close").each { |k, v| c.write "#{k}: #{v}\r\n" }
    c.write "\r\n#{body}"
    c.close
  end
end
base = "http://127.0.0.1:#{port}"
def t(label)
  r = yield
  puts "#{label}: #{r.inspect}"
rescue Exception => e
  puts "#{label}: #{e.class}: #{e.message.gsub(/:\d{4,5}/, ':PORT')}"
end
t(:hello) { URI.open("#{base}/hello") { |f| [f.read, f.class, f.status, f.content_type, f.charset, f.meta["x-multi"], f.last_modified, f.base_uri.path, f.content_encoding] } }
t(:hello_enc) { URI.open("#{base}/hello").read.encoding }
t(:html) { URI.open("#{base}/html") { |f| [f.read, f.charset, f.read.encoding] } }
t(:bin) { URI.open("#{base}/bin") { |f| [f.read.bytes, f.charset, f.content_encoding, f.content_type] } }
t(:none) { URI.open("#{base}/none") { |f| [f.read, f.content_type, f.charset, f.read.encoding] } }
t(:latin) { s = URI.open("#{base}/latin").read; [s.encoding, s.valid_encoding?] }
t(:redir) { URI.open("#{base}/redir") { |f| [f.read, f.base_uri.path, f.status] } }
t(:redir_abs) { URI.open("#{base}/redir_abs") { |f| [f.read, f.base_uri.path] } }
t(:redir_off) { URI.open("#{base}/redir", redirect: false) }
t(:redir_off_uri) { begin; URI.open("#{base}/redir", redirect: false); rescue OpenURI::HTTPRedirect => e; [e.uri.path, e.io.status]; end }
t(:loop) { URI.open("#{base}/loop") }
t(:big) { URI.open("#{base}/big") { |f| [f.read.size, f.class.ancestors.include?(OpenURI::Meta), f.respond_to?(:close!)] } }
t(:hdr) { URI.open("#{base}/hdr", "X-Custom" => "v1") { |f| f.read } }
t(:auth) { URI.open("#{base}/hdr", http_basic_authentication: ["u", "p"]) { |f| f.read } }
t(:missing) { URI.open("#{base}/missing") }
t(:missing_io) { begin; URI.open("#{base}/missing"); rescue OpenURI::HTTPError => e; [e.io.status, e.io.read, e.class.superclass]; end }
t(:err500) { URI.open("#{base}/other") }
t(:uri_read) { s = URI.parse("#{base}/hello").read; [s, s.status, s.content_type, s.class] }
t(:uri_open) { URI("#{base}/html").open(&:read) }
t(:bad_opt) { URI.open("#{base}/hello", bogus: 1) }
t(:mode) { URI.open("#{base}/hello", "w") }
t(:mode_r) { URI.open("#{base}/hello", "r:iso-8859-1") { |f| f.read.encoding } }
t(:progress) { sizes = []; len = nil; URI.open("#{base}/hello", progress_proc: ->(s) { sizes << s }, content_length_proc: ->(l) { len = l }) { |f| f.read }; [sizes.last, len] }
File.write("ou_file.txt", "local\n")
t(:file) { URI.open("ou_file.txt") { |f| [f.read, f.class] } }
t(:file_missing) { URI.open("nope_ou.txt") }
t(:refused) { URI.open("http://127.0.0.1:1/x") }
File.delete("ou_file.txt")
