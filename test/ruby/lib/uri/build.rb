# uri: setters and their checks, build, ==/eql?/hash, normalize.
require "uri"

def try
  r = yield
  p r
rescue URI::Error, ArgumentError => e
  puts "#{e.class}: #{e.message}"
end

u = URI("http://a.com/")
u.path = "/z"
u.query = "q=1"
u.port = 81
u.scheme = "https"
u.fragment = "top"
p u, u.class
try { u.host = "bad host" }
try { u.port = "zz" }
try { u.scheme = "1x" }
try { u.path = "/a b" }
try { u.query = "a b|é" }
try { u.fragment = "x y" }
try { u.query = "%zz" }
p u
u.userinfo = "me:secret"
p u.user, u.password, u.to_s
u.user = "you"
p u.userinfo
try { u.user = "a@b" }
u.hostname = "::1"
p u.host, u.hostname
u.port = "8080"
p u.port

try { URI::HTTP.build(host: "x.com", path: "/p", query: "a=1") }
try { URI::HTTPS.build(host: "x.com", port: 444) }
try { URI::HTTP.build(["u:p", "x.com", 8000, "/p", "q", "f"]) }
try { URI::HTTP.build(host: "bad host") }
try { URI::Generic.build(scheme: "foo", host: "h") }
try { URI::FTP.build(host: "f.com", path: "/pub/x", typecode: "a") }
try { URI::MailTo.build(["a@b.c", [["subject", "hi"]]]) }
try { URI::File.build(path: "/tmp/x") }
try { URI::HTTP.build([1]) }

p URI("http://a.com") == URI("http://a.com/"), URI("http://a.com/") == URI("HTTP://A.com/")
p URI("http://a.com/x") == URI("http://a.com/X"), URI("http://a.com/") == "http://a.com/"
p URI("http://a.com").eql?(URI("http://a.com")), URI("http://a.com").hash == URI("http://a.com").hash
p URI("HTTP://A.COM").normalize, URI("http://A.com/%7e").normalize, URI("foo:x").normalize
h = { URI("http://a/") => 1 }
p h[URI("http://a/")]
p URI("http://a.com").frozen?, URI("http://a.com").freeze.frozen?
