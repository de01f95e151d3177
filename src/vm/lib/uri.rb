# uri: URI (uri 0.11): parsing by RFC 3986 into URI::Generic or the class of its scheme
# (HTTP, HTTPS, FTP, FILE, MAILTO, LDAP, LDAPS, WS; uri/wss adds WSS), joining, building, and the
# www-form encoders.
require "uri/common"
require "uri/rfc3986_parser"
require "uri/generic"
require "uri/http"
require "uri/https"
require "uri/ftp"
require "uri/file"
require "uri/mailto"
require "uri/ldap"
require "uri/ws"
