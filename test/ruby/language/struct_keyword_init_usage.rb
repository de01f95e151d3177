Config = Struct.new(:host, :port, :tls, keyword_init: true) do
  def url = "#{tls ? 'https' : 'http'}://#{host}:#{port}"
end
c = Config.new(host: "example.org", port: 443, tls: true)
p c.url
d = Config.new(host: "localhost", port: 8080)
p d.url, d.tls
p d.to_h
e = d.dup
e.port = 9
p e.url, d.port
p Config.members
begin
  Config.new(host: "x", bogus: 1)
rescue ArgumentError => ex
  puts "#{ex.class}: #{ex.message}"
end
