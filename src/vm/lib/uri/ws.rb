# uri/ws: URI::WS (WebSocket, port 80): request_uri.
require "uri/generic"

module URI
  class WS < Generic
    DEFAULT_PORT = 80
    COMPONENT = %i[scheme userinfo host port path query].freeze

    def request_uri
      return unless @path
      path = @path.start_with?("/") ? @path.dup : "/#{@path}"
      path << "?#{@query}" if @query
      path
    end
  end

  register_scheme "WS", WS
end
