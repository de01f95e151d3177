# cgi and cgi/util: URL and HTML escaping, escapeElement, rfc1123_date, pretty.
require "cgi"

p CGI.escape("a b&c=d/é~*"), CGI.escape("a b".encode("ISO-8859-1")).encoding
p((CGI.escape(:sym) rescue $!), (CGI.escapeHTML(nil) rescue $!))
p CGI.unescape("a+b%26%C3%A9%zz"), CGI.unescape("%E9").encoding, CGI.unescape("%E9").valid_encoding?
p CGI.unescape("%41", "US-ASCII").encoding
p CGI.escapeURIComponent("a b+c"), CGI.unescapeURIComponent("a+b%20c")
p CGI.escapeHTML("<a href=\"x\">&'</a>"), CGI.escape_html("<"), CGI.h(">")
p CGI.escapeHTML("é".b).encoding, CGI.escapeHTML("plain").equal?("plain")
p CGI.unescapeHTML("&lt;&amp;&gt;&quot;&#39;&apos;&#x41;&#65;&nbsp;&foo;&#1114112;&#xD800;&amp")
p CGI.unescapeHTML("&#233;".encode("ISO-8859-1")), CGI.unescapeHTML("&#233;".b)
p CGI.escapeElement("<BR><A HREF=\"url\"></A>", "A", "IMG")
p CGI.escapeElement("<BR><A HREF=\"url\"></A>", ["A", "IMG"])
p CGI.unescapeElement(CGI.escapeHTML("<BR><A HREF=\"url\"></A>"), "A", "IMG")
p CGI.rfc1123_date(Time.at(0)), CGI.rfc1123_date(Time.utc(2024, 2, 29, 13, 5, 9))
print CGI.pretty("<HTML><BODY></BODY></HTML>")
print CGI.pretty("<HTML><BODY>text<BR><P>para</P></BODY></HTML>", "\t")
p CGI.accept_charset

class Page
  include CGI::Util
  def render(s) = escapeHTML(s) + escape(s)
end
p Page.new.render("a <b>")
p CGI::Util.instance_method(:escape_html).owner
