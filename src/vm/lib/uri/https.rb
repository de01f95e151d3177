# uri/https: URI::HTTPS, URI::HTTP on port 443.
require "uri/http"

module URI
  class HTTPS < HTTP
    DEFAULT_PORT = 443
  end

  register_scheme "HTTPS", HTTPS
end
