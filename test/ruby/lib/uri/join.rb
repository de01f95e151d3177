# uri: merge/+/join by RFC 3986 5.2 (its section 5.4 examples), route_to/route_from.
require "uri"

base = URI("http://a/b/c/d;p?q")
%w[g:h g ./g g/ /g //g ?y g?y #s g#s g?y#s ;x g;x g;x?y#s . ./ .. ../ ../g ../..
   ../../ ../../g ../../../g ../../../../g /./g /../g g. .g g.. ..g ./../g ./g/.
   g/./h g/../h g;x=1/./y g;x=1/../y g?y/./x g?y/../x g#s/./x g#s/../x http:g].each do |r|
  puts "#{r.ljust(14)} #{base.merge(r)}"
end
p base + "", URI.join("http://a/b/", "c", "d/e"), URI.join("http://a/b/c", URI("../x"))
p URI("http://a.com").merge("x"), URI("http://a.com/dir/").merge("sub/f?q=1")
begin
  URI("a") + "b"
rescue URI::BadURIError => e
  puts "#{e.class}: #{e.message}"
end
u = URI("http://a/b/c")
u.merge!("../d")
p u
p URI("http://a.com/x").route_to("http://a.com/y/z"), URI("http://a.com/y/z").route_from("http://a.com/x")
p URI("http://a.com/a/b/c").route_to("http://a.com/a/d"), URI("http://a.com/a/").route_to("http://a.com/a/")
p URI("http://a.com/a?x").route_to("http://a.com/a?y"), URI("http://a.com/").route_to("http://b.com/x")
p URI("http://a.com/a/b").route_to("http://a.com/a/b#f"), URI("http://b.com/x") - URI("http://a.com/")
