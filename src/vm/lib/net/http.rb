# net/http: an HTTP/1.1 client as CRuby 3.1's (net-http 0.3): Net::HTTP.get /
# get_response / post / post_form / start, Net::HTTP#get/head/post/put/patch/delete/
# request on a kept-alive connection, the request classes (Net::HTTP::Get...), the
# response class per status (Net::HTTPOK...) with the body read by Content-Length,
# chunked transfer or until close, and Net::HTTPHeader. No TLS (use_ssl raises) and no
# proxies. Waiting for the server lets other green threads run.
require 'net/protocol'
begin
  require 'uri'
rescue LoadError
  nil
end

module Net
  # Header fields kept by lower-case name, each with its values in order.
  module HTTPHeader
    def initialize_http_header(initheader)
      @header = {}
      initheader&.each do |k, v|
        raise ArgumentError, "header #{k} has field value #{v.inspect}, this cannot include CR/LF" if v.to_s.match?(/[\r\n]/)
        self[k] = v unless v.nil?
      end
    end

    def size = @header.size
    alias length size

    def [](key)
      a = @header[key.downcase.to_s]
      a && a.join(", ")
    end

    def []=(key, val)
      return @header.delete(key.downcase.to_s) && val if val.nil?
      @header[key.downcase.to_s] = val.is_a?(Array) ? val.map(&:to_s) : [val.to_s]
    end

    def add_field(key, val)
      k = key.downcase.to_s
      (@header[k] ||= []).concat(val.is_a?(Array) ? val.map(&:to_s) : [val.to_s])
    end

    def get_fields(key)
      a = @header[key.downcase.to_s]
      a&.dup
    end

    def fetch(key, *default)
      a = @header.fetch(key.downcase.to_s) do
        return yield(key) if block_given?
        return default[0] unless default.empty?
        raise KeyError, "key not found: #{key.downcase.to_s.inspect}"
      end
      a.join(", ")
    end

    def key?(key) = @header.key?(key.downcase.to_s)
    def delete(key) = @header.delete(key.downcase.to_s)
    def to_hash = @header.transform_values(&:dup)

    def each_header
      return to_enum(:each_header) { size } unless block_given?
      @header.each { |k, v| yield k, v.join(", ") }
    end
    alias each each_header

    def each_name(&block)
      return to_enum(:each_name) { size } unless block
      @header.each_key(&block)
    end
    alias each_key each_name

    def each_capitalized
      return to_enum(:each_capitalized) { size } unless block_given?
      @header.each { |k, v| yield __capitalize(k), v.join(", ") }
    end
    alias canonical_each each_capitalized

    def each_value
      return to_enum(:each_value) { size } unless block_given?
      @header.each_value { |v| yield v.join(", ") }
    end

    def __capitalize(name) = name.to_s.split("-").map(&:capitalize).join("-")

    def content_length
      v = self["content-length"]
      return nil unless v
      m = v.match(/\d+/) or raise Net::HTTPHeaderSyntaxError, "wrong Content-Length format"
      m[0].to_i
    end

    def content_length=(len)
      return @header.delete("content-length") if len.nil?
      @header["content-length"] = [len.to_i.to_s]
    end

    def chunked? = self["transfer-encoding"].to_s.match?(/(?:\A|[^\-\w])chunked(?![\-\w])/i)

    def content_type
      main = main_type
      return nil unless main
      sub = sub_type
      sub ? "#{main}/#{sub}" : main
    end

    def main_type
      return nil unless @header["content-type"]
      self["Content-Type"].split(";").first.to_s.split("/")[0].to_s.strip
    end

    def sub_type
      return nil unless @header["content-type"]
      sub = self["Content-Type"].split(";").first.to_s.split("/")[1]
      sub&.strip
    end

    def type_params
      result = {}
      list = self["Content-Type"].to_s.split(";")
      list.shift
      list.each do |param|
        k, v = param.split("=", 2)
        result[k.strip] = v&.strip
      end
      result
    end

    def set_content_type(type, params = {})
      @header["content-type"] = [type + params.map { |k, v| "; #{k}=#{v}" }.join]
    end
    alias content_type= set_content_type

    def set_form_data(params, sep = "&")
      query = Net::HTTP.__form_encode(params, sep)
      self.body = query
      self.content_type = "application/x-www-form-urlencoded"
    end
    alias form_data= set_form_data

    def basic_auth(account, password)
      @header["authorization"] = ["Basic " + ["#{account}:#{password}"].pack("m0")]
    end

    def connection_close?
      tokens(@header["connection"]).include?("close") || tokens(@header["proxy-connection"]).include?("close")
    end

    def connection_keep_alive?
      tokens(@header["connection"]).include?("keep-alive") ||
        tokens(@header["proxy-connection"]).include?("keep-alive")
    end

    private

    def tokens(vals)
      return [] unless vals
      vals.flat_map { |v| v.split(",") }.map { |t| t.strip.downcase }
    end
  end

  class HTTPHeaderSyntaxError < StandardError; end
  class HTTPBadResponse < StandardError; end

  # A request: method, path, headers and body.
  class HTTPGenericRequest
    include HTTPHeader

    attr_reader :method, :path, :uri, :body
    attr_accessor :body_stream

    def initialize(m, reqbody, resbody, uri_or_path, initheader = nil)
      @method = m
      @request_has_body = reqbody
      @response_has_body = resbody
      if uri_or_path.respond_to?(:request_uri)
        @uri = uri_or_path.dup
        @path = uri_or_path.request_uri
        host = @uri.respond_to?(:hostname) ? @uri.hostname : @uri.host
      else
        @uri = nil
        @path = uri_or_path.to_s
        raise ArgumentError, "no HTTP request path given" if @path.empty?
        raise ArgumentError, "HTTP request path is empty" if @path.empty?
      end
      initialize_http_header(initheader)
      if resbody && !key?("accept-encoding") && !key?("range") && m != "HEAD"
        self["Accept-Encoding"] = "gzip;q=1.0,deflate;q=0.6,identity;q=0.3"
      end
      self["Accept"] ||= "*/*"
      self["User-Agent"] ||= "Ruby"
      self["Host"] ||= host + (@uri.port == @uri.default_port ? "" : ":#{@uri.port}") if host
      @body = nil
    end

    def inspect = "#<#{self.class} #{@method}>"
    def request_body_permitted? = @request_has_body
    def response_body_permitted? = @response_has_body

    def body=(str)
      @body = str
      @body_stream = nil
    end

    # Writes the request to sock (a BufferedIO).
    def exec(sock, _ver, path)
      if @body
        self.content_length = @body.bytesize
        if @request_has_body && !key?("content-type")
          warn "net/http: Content-Type did not set; using application/x-www-form-urlencoded", uplevel: 1 if $VERBOSE
          self.content_type = "application/x-www-form-urlencoded"
        end
      end
      buf = +"#{@method} #{path} HTTP/1.1\r\n"
      each_capitalized { |k, v| buf << "#{k}: #{v}\r\n" }
      buf << "\r\n"
      buf << @body if @body
      sock.write(buf)
    end
  end

  class HTTPRequest < HTTPGenericRequest
    def initialize(path, initheader = nil)
      super(self.class::METHOD, self.class::REQUEST_HAS_BODY, self.class::RESPONSE_HAS_BODY, path, initheader)
    end
  end

  # The response to a request: status, headers and body; a class per status code.
  class HTTPResponse
    include HTTPHeader

    attr_reader :http_version, :code, :message
    alias msg message
    attr_accessor :uri, :decode_content

    def self.body_permitted? = self::HAS_BODY

    def self.__read(sock)
      line = sock.readline
      m = line.match(%r{\AHTTP(?:/(\d+\.\d+))?\s+(\d\d\d)(?:\s+(.*))?\z}) or
        raise Net::HTTPBadResponse, "wrong status line: #{line.dump}"
      klass = CODE_TO_OBJ[m[2]] || CODE_CLASS_TO_OBJ[m[2][0]] || HTTPUnknownResponse
      res = klass.new(m[1], m[2], m[3].to_s)
      while (h = sock.readline) != ""
        if h.start_with?(" ", "\t") && res.instance_variable_get(:@__last)
          res.__continue(h.strip)
          next
        end
        k, v = h.split(/:\s*/, 2)
        raise Net::HTTPBadResponse, "wrong header line format" if v.nil?
        res.add_field(k, v.strip)
        res.instance_variable_set(:@__last, k)
      end
      res
    end

    def __continue(more)
      a = @header[@__last.downcase]
      a[-1] = "#{a[-1]} #{more}"
    end

    def initialize(httpv, code, msg)
      @http_version = httpv
      @code = code
      @message = msg
      initialize_http_header(nil)
      @body = nil
      @read = false
      @body_exist = self.class::HAS_BODY
      @decode_content = false
    end

    def inspect = "#<#{self.class} #{@code} #{@message} readbody=#{@read}>"

    def code_type = self.class
    def error! = raise(error_type.new("#{@code} #{@message.dump}", self))
    def error_type = self.class::EXCEPTION_TYPE
    def value = (error! unless is_a?(HTTPSuccess))
    def response = self
    alias header response
    alias reader_header response

    def __reading(sock, reqmethodallowbody)
      @socket = sock
      @body_exist = false unless reqmethodallowbody
      yield if block_given?
      read_body unless @read
    ensure
      @socket = nil
    end

    def read_body(dest = nil, &block)
      if @read
        raise IOError, "#{self.class}\#read_body called twice" if dest || block
        return @body
      end
      to = block ? nil : (dest || +"")
      if @body_exist && @socket
        __read_body_0 { |s| block ? block.call(s) : (to << s) }
      else
        to = nil
      end
      @read = true
      @body = to
    end

    def body = read_body
    alias entity body

    def body=(value)
      @body = value
      @read = true
    end

    private

    def __read_body_0
      if chunked?
        loop do
          size_line = @socket.readline
          len = size_line[/\A\h+/]&.hex or raise Net::HTTPBadResponse, "wrong chunk size line: #{size_line}"
          break if len.zero?
          yield @socket.read(len)
          @socket.read(2)
        end
        until @socket.readline.empty?
        end
      elsif (clen = content_length)
        yield @socket.read(clen) if clen > 0
      else
        s = @socket.read_all
        yield s unless s.empty?
      end
    end
  end

  module HTTPExceptions
    def initialize(msg, res)
      super(msg)
      @response = res
    end
    attr_reader :response
    alias data response
  end

  class HTTPError < ProtocolError
    include HTTPExceptions
  end

  class HTTPRetriableError < ProtoRetriableError
    include HTTPExceptions
  end

  class HTTPServerException < ProtoServerError
    include HTTPExceptions
  end
  HTTPClientException = HTTPServerException

  class HTTPFatalError < ProtoFatalError
    include HTTPExceptions
  end

  class HTTPUnknownResponse < HTTPResponse
    HAS_BODY = true
    EXCEPTION_TYPE = HTTPError
  end

  { "HTTPInformation" => [false, HTTPError], "HTTPSuccess" => [true, HTTPError],
    "HTTPRedirection" => [true, HTTPRetriableError], "HTTPClientError" => [true, HTTPServerException],
    "HTTPServerError" => [true, HTTPFatalError] }.each do |name, (body, exc)|
    klass = Class.new(HTTPResponse)
    klass.const_set(:HAS_BODY, body)
    klass.const_set(:EXCEPTION_TYPE, exc)
    const_set(name, klass)
  end

  class HTTPResponse
    CODE_CLASS_TO_OBJ = { "1" => HTTPInformation, "2" => HTTPSuccess, "3" => HTTPRedirection,
                          "4" => HTTPClientError, "5" => HTTPServerError }.freeze
    CODE_TO_OBJ = {}
  end

  [["100", "HTTPContinue", HTTPInformation], ["101", "HTTPSwitchProtocol", HTTPInformation],
   ["200", "HTTPOK", HTTPSuccess], ["201", "HTTPCreated", HTTPSuccess],
   ["202", "HTTPAccepted", HTTPSuccess], ["203", "HTTPNonAuthoritativeInformation", HTTPSuccess],
   ["204", "HTTPNoContent", HTTPSuccess, false], ["205", "HTTPResetContent", HTTPSuccess, false],
   ["206", "HTTPPartialContent", HTTPSuccess],
   ["300", "HTTPMultipleChoices", HTTPRedirection], ["301", "HTTPMovedPermanently", HTTPRedirection],
   ["302", "HTTPFound", HTTPRedirection], ["303", "HTTPSeeOther", HTTPRedirection],
   ["304", "HTTPNotModified", HTTPRedirection, false], ["307", "HTTPTemporaryRedirect", HTTPRedirection],
   ["308", "HTTPPermanentRedirect", HTTPRedirection],
   ["400", "HTTPBadRequest", HTTPClientError], ["401", "HTTPUnauthorized", HTTPClientError],
   ["403", "HTTPForbidden", HTTPClientError], ["404", "HTTPNotFound", HTTPClientError],
   ["405", "HTTPMethodNotAllowed", HTTPClientError], ["406", "HTTPNotAcceptable", HTTPClientError],
   ["408", "HTTPRequestTimeout", HTTPClientError], ["409", "HTTPConflict", HTTPClientError],
   ["410", "HTTPGone", HTTPClientError], ["411", "HTTPLengthRequired", HTTPClientError],
   ["413", "HTTPPayloadTooLarge", HTTPClientError], ["415", "HTTPUnsupportedMediaType", HTTPClientError],
   ["422", "HTTPUnprocessableEntity", HTTPClientError], ["429", "HTTPTooManyRequests", HTTPClientError],
   ["500", "HTTPInternalServerError", HTTPServerError], ["501", "HTTPNotImplemented", HTTPServerError],
   ["502", "HTTPBadGateway", HTTPServerError], ["503", "HTTPServiceUnavailable", HTTPServerError],
   ["504", "HTTPGatewayTimeout", HTTPServerError]].each do |code, name, parent, body|
    klass = Class.new(parent)
    klass.const_set(:HAS_BODY, body.nil? ? parent::HAS_BODY : body)
    const_set(name, klass)
    HTTPResponse::CODE_TO_OBJ[code] = klass
  end
  HTTPResponse::CODE_TO_OBJ.freeze

  class HTTP < Protocol
    VERSION = "0.3.0"
    HTTPVersion = "1.1"

    class << self
      def default_port = 80
      def http_default_port = 80
      def version_1_2 = true
      def version_1_2? = true
      def is_version_1_2? = true
      def proxy_class? = false
      def Proxy(*) = self

      def new(address, port = nil, *)
        obj = allocate
        obj.send(:initialize, address, port)
        obj
      end

      def start(address, *args, **opts, &block)
        port = args[0]
        http = new(address, port)
        opts.each { |k, v| http.send("#{k}=", v) if http.respond_to?("#{k}=") }
        http.start(&block)
      end

      def get(uri_or_host, path_or_headers = nil, port = nil)
        get_response(uri_or_host, path_or_headers, port).body
      end

      def get_print(uri_or_host, path_or_headers = nil, port = nil)
        get_response(uri_or_host, path_or_headers, port) { |res| res.read_body { |s| $stdout.print s } }
        nil
      end

      def get_response(uri_or_host, path_or_headers = nil, port = nil, &block)
        if path_or_headers && !path_or_headers.is_a?(Hash)
          host = uri_or_host
          path = path_or_headers
          start(host, port || default_port) { |http| http.request_get(path, &block) }
        else
          uri = uri_or_host
          start(__hostname(uri), uri.port) { |http| http.request_get(uri, path_or_headers, &block) }
        end
      end

      def post(url, data, header = nil)
        start(__hostname(url), url.port) { |http| http.post(url, data, header) }
      end

      def post_form(url, params)
        req = Post.new(url)
        req.form_data = params
        req.basic_auth(url.user, url.password) if url.respond_to?(:user) && url.user
        start(__hostname(url), url.port) { |http| http.request(req) }
      end

      def __hostname(uri) = uri.respond_to?(:hostname) ? uri.hostname : uri.host

      # application/x-www-form-urlencoded as URI.encode_www_form.
      def __form_encode(params, sep = "&")
        params.map do |k, v|
          if v.is_a?(Array)
            v.map { |x| "#{__form_component(k)}=#{__form_component(x)}" }.join(sep)
          elsif v.nil?
            __form_component(k)
          else
            "#{__form_component(k)}=#{__form_component(v)}"
          end
        end.join(sep)
      end

      def __form_component(s)
        s.to_s.b.gsub(/[^*\-.0-9A-Z_a-z ]/n) { |c| format("%%%02X", c.ord) }.tr(" ", "+")
      end
    end

    attr_reader :address, :port
    attr_accessor :open_timeout, :read_timeout, :write_timeout, :continue_timeout,
                  :keep_alive_timeout, :max_retries, :local_host, :local_port, :ssl_timeout,
                  :ca_file, :ca_path, :cert, :key, :verify_mode, :ignore_eof, :close_on_empty_response
    attr_writer :response_body_encoding

    def initialize(address, port = nil)
      @address = address
      @port = port || HTTP.default_port
      @started = false
      @socket = nil
      @open_timeout = 60
      @read_timeout = 60
      @write_timeout = 60
      @keep_alive_timeout = 2
      @max_retries = 1
      @use_ssl = false
    end

    def inspect = "#<#{self.class} #{@address}:#{@port} open=#{started?}>"
    def started? = @started
    alias active? started?
    def use_ssl? = @use_ssl
    def proxy? = false
    def set_debug_output(output) = (@debug_output = output)

    def use_ssl=(flag)
      raise NotImplementedError, "net/http on maglev has no TLS (OpenSSL)" if flag
      @use_ssl = false
    end

    def start
      raise IOError, "HTTP session already opened" if @started
      __connect
      @started = true
      return self unless block_given?
      begin
        yield self
      ensure
        finish if @started
      end
    end

    def finish
      raise IOError, "HTTP session not yet started" unless @started
      @started = false
      @socket&.close unless @socket.nil? || @socket.closed?
      @socket = nil
      nil
    end

    def get(path, initheader = nil, dest = nil, &block)
      res = nil
      request(Get.new(path, initheader)) do |r|
        r.read_body(dest, &block)
        res = r
      end
      res
    end

    def head(path, initheader = nil) = request(Head.new(path, initheader))

    def post(path, data, initheader = nil, dest = nil, &block)
      __send_entity(path, data, initheader, dest, Post, &block)
    end

    def put(path, data, initheader = nil) = __send_entity(path, data, initheader, nil, Put)
    def patch(path, data, initheader = nil, dest = nil, &block) = __send_entity(path, data, initheader, dest, Patch, &block)
    def delete(path, initheader = { "Depth" => "Infinity" }) = request(Delete.new(path, initheader))
    def options(path, initheader = nil) = request(Options.new(path, initheader))

    def request_get(path, initheader = nil, &block) = request(Get.new(path, initheader), &block)
    def request_head(path, initheader = nil, &block) = request(Head.new(path, initheader), &block)
    def request_post(path, data, initheader = nil, &block) = request(Post.new(path, initheader), data, &block)
    def request_put(path, data, initheader = nil, &block) = request(Put.new(path, initheader), data, &block)
    alias get2 request_get
    alias head2 request_head
    alias post2 request_post
    alias put2 request_put

    def send_request(name, path, data = nil, header = nil)
      has_response_body = name != "HEAD"
      r = HTTPGenericRequest.new(name, !data.nil?, has_response_body, path, header)
      request(r, data)
    end

    def request(req, body = nil, &block)
      unless @started
        req["connection"] ||= "close"
        return start { request(req, body, &block) }
      end
      req.body = body if body
      __connect if @socket.nil? || @socket.closed?
      req["host"] ||= __addr_port
      req.exec(@socket, HTTPVersion, req.path)
      res = nil
      loop do
        res = HTTPResponse.__read(@socket)
        break unless res.is_a?(HTTPInformation) && res.code != "101"
      end
      res.uri = req.uri
      res.__reading(@socket, req.response_body_permitted?) { yield res if block }
      __end_transport(req, res)
      res
    end

    private

    def __send_entity(path, data, initheader, dest, type, &block)
      res = nil
      request(type.new(path, initheader), data) do |r|
        r.read_body(dest, &block)
        res = r
      end
      res
    end

    def __addr_port = @port == HTTP.default_port ? @address.to_s : "#{@address}:#{@port}"

    def __connect
      s = Socket.tcp(@address, @port, @local_host, @local_port, connect_timeout: @open_timeout)
      @socket = BufferedIO.new(s, read_timeout: @read_timeout, write_timeout: @write_timeout,
                                  continue_timeout: @continue_timeout, debug_output: @debug_output)
    rescue Errno::ETIMEDOUT
      raise Net::OpenTimeout, "Failed to open TCP connection to #{@address}:#{@port} (execution expired)"
    rescue SystemCallError, SocketError => e
      raise e, "Failed to open TCP connection to #{@address}:#{@port} (#{e.message})"
    end

    def __end_transport(req, res)
      keep = !req.connection_close? && !res.connection_close? &&
             (res.http_version != "1.0" || res.connection_keep_alive?) &&
             (res.key?("content-length") || res.chunked? || !res.class::HAS_BODY || req.method == "HEAD")
      @socket.close unless keep || @socket.closed?
    end
  end

  class HTTP
    { "Get" => ["GET", false, true], "Head" => ["HEAD", false, false], "Post" => ["POST", true, true],
      "Put" => ["PUT", true, true], "Delete" => ["DELETE", false, true],
      "Options" => ["OPTIONS", false, true], "Trace" => ["TRACE", false, true],
      "Patch" => ["PATCH", true, true] }.each do |name, (verb, reqbody, resbody)|
      klass = Class.new(HTTPRequest)
      klass.const_set(:METHOD, verb)
      klass.const_set(:REQUEST_HAS_BODY, reqbody)
      klass.const_set(:RESPONSE_HAS_BODY, resbody)
      const_set(name, klass)
    end
  end

  HTTPSession = HTTP
end
