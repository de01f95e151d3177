# cgi: the CGI class's escaping helpers (cgi/util); request handling (CGI.new reading
# a CGI environment) is not provided.
require "cgi/util"
