# uri: URI.parse into the scheme's class, every component, to_s/inspect, errors.
require "uri"

def show(s)
  u = URI.parse(s)
  p [u.class, u.scheme, u.userinfo, u.host, u.port, u.path, u.query, u.fragment, u.opaque]
  puts u.to_s, u.inspect
rescue URI::Error => e
  puts "#{e.class}: #{e.message}"
end

[
  "http://user:pw@Example.COM:8080/a/b/../c?x=1&y=2#frag",
  "https://a.b/", "http://a", "HTTP://a.com:80/x", "http://a.com:/p",
  "http://[::1]:3000/x", "http://192.168.0.1/", "http://@a.com/",
  "ftp://ftp.x.com/pub/f;type=i", "ftp://h/%2Fetc", "file:///etc/hosts",
  "mailto:joe@x.com?subject=hi", "urn:isbn:1?q#f", "ldap://h/dc=x?cn,sn?sub?(cn=a)",
  "ws://a/chat?x", "wss://a/", "foo://h/p", "/rel/path?q#f", "foo", "", "?q", "#f",
  "//host/p", "http://a b", "http://[::1", ":foo", "ht%tp://a", "http://a:port/",
  "http://a/é", "http://a/%zz", "http://a/b c", "http://a/?q=|", "a:b:c",
].each { |s| show(s) }

u = URI("http://user:pw@Example.COM:8080/a?x=1#f")
p u.user, u.password, u.hostname, u.request_uri, u.absolute?, u.relative?, u.hierarchical?
p u.default_port, u.select(:host, :port), u.component, URI::HTTP.component, u.authority, u.origin
p URI("https://a.com/").origin, URI("http://[::1]/").hostname, URI("http://a").request_uri
p URI("mailto:a@b.c?subject=hi&body=x").to, URI("mailto:a@b.c?subject=hi&body=x").headers
print URI("mailto:a@b.c?subject=hi&body=x").to_mailtext
p URI("ftp://h/pub/f;type=i").typecode, URI("ftp://h/pub/f;type=i").path
l = URI("ldap://h/dc=x?cn,sn?sub?(cn=a)")
p [l.dn, l.attributes, l.scope, l.filter, l.port, URI("ldaps://h").port]
p URI.split("http://u@h:1/p?q#f"), URI.split("mailto:a@b?x=y")
p URI.scheme_list.keys.sort
p URI::InvalidURIError.ancestors.take(4), URI::InvalidComponentError.superclass
p URI(URI("http://x")).equal?(URI("http://x")), (URI(3) rescue $!.class)
