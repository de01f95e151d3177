# uri/wss: URI::WSS, URI::WS on port 443 (not loaded by require "uri", as in CRuby).
require "uri/ws"

module URI
  class WSS < WS
    DEFAULT_PORT = 443
  end

  register_scheme "WSS", WSS
end
