# uri/http: URI::HTTP (port 80): request_uri, authority, origin.
require "uri/generic"

module URI
  class HTTP < Generic
    DEFAULT_PORT = 80
    COMPONENT = %i[scheme userinfo host port path query fragment].freeze

    # The path and query a request line carries ("/" for an empty path).
    def request_uri
      return unless @path
      path = @path.start_with?("/") ? @path.dup : "/#{@path}"
      path << "?#{@query}" if @query
      path
    end

    def authority
      port == default_port ? host : "#{host}:#{port}"
    end

    def origin
      "#{scheme}://#{authority}"
    end
  end

  register_scheme "HTTP", HTTP
end
