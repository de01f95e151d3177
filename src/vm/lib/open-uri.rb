# open-uri: URI.open / URI::HTTP#open / #read, an HTTP GET (net/http, no TLS) whose body
# comes back as a StringIO (a Tempfile past 10 KiB) extended with OpenURI::Meta (status,
# base_uri, meta, content_type, charset, last_modified, content_encoding), following
# 301/302/303/307 redirects; other statuses raise OpenURI::HTTPError. Names that are not
# URLs go to Kernel#open, as open-uri 0.2 (CRuby 3.1) does.
require "uri"
require "stringio"
require "time"

module URI
  def self.open(name, *rest, &block)
    if name.respond_to?(:open)
      name.open(*rest, &block)
    elsif name.respond_to?(:to_str) && %r{\A[A-Za-z][A-Za-z0-9+\-.]*://}.match?(name) &&
          (uri = URI.parse(name)).respond_to?(:open)
      uri.open(*rest, &block)
    else
      Kernel.open(name, *rest, &block)
    end
  end
end

module OpenURI
  # The options open_uri knows (Symbol keys); String keys are request headers.
  Options = {
    proxy: true, proxy_http_basic_authentication: true, progress_proc: true,
    content_length_proc: true, http_basic_authentication: true, read_timeout: true,
    open_timeout: true, ssl_ca_cert: nil, ssl_verify_mode: nil, ftp_active_mode: false,
    redirect: true, encoding: nil
  }.freeze

  class HTTPError < StandardError
    attr_reader :io

    def initialize(message, io)
      super(message)
      @io = io
    end
  end

  class HTTPRedirect < HTTPError
    attr_reader :uri

    def initialize(message, io, uri)
      super(message, io)
      @uri = uri
    end
  end

  def self.check_options(options)
    options.each_key do |k|
      raise ArgumentError, "unrecognized option: #{k}" if k.is_a?(Symbol) && !Options.key?(k)
    end
  end

  def self.open_uri(name, *rest)
    uri = name.is_a?(URI::Generic) ? name : URI.parse(name)
    mode = rest.shift if rest.first.is_a?(String) || rest.first.is_a?(Integer)
    rest.shift if mode && rest.first.is_a?(Integer)
    options = rest.first.is_a?(Hash) ? rest.shift : {}
    raise ArgumentError, "extra arguments" unless rest.empty?
    check_options(options)
    encoding = nil
    if mode.is_a?(String) && (m = /\Arb?(?:\z|:([^:]+))/.match(mode))
      encoding = Encoding.find(m[1]) if m[1]
      mode = nil
    end
    if options.key?(:encoding)
      raise ArgumentError, "encoding specified twice" if encoding
      encoding = Encoding.find(options[:encoding])
    end
    unless mode.nil? || mode == "r" || mode == "rb" || mode == File::RDONLY
      raise ArgumentError, "invalid access mode #{mode} (#{uri.class} resource is read only.)"
    end
    io = open_loop(uri, options)
    io.set_encoding(encoding) if encoding
    return io unless block_given?
    begin
      yield io
    ensure
      io.respond_to?(:close!) ? io.close! : (io.close unless io.closed?)
    end
  end

  # GETs uri, following redirects (a loop or a change of scheme other than http -> https
  # is an error; redirect: false raises HTTPRedirect instead).
  def self.open_loop(uri, options)
    seen = {}
    loop do
      buf = Buffer.new
      redirect = catch(:open_uri_redirect) do
        uri.buffer_open(buf, nil, options)
        nil
      end
      unless redirect
        io = buf.io
        io.base_uri = uri
        return io
      end
      redirect = uri + redirect if redirect.relative?
      raise HTTPRedirect.new(buf.io.status.join(" "), buf.io, redirect) unless options.fetch(:redirect, true)
      raise "redirection forbidden: #{uri} -> #{redirect}" unless redirectable?(uri, redirect)
      if options.key?(:http_basic_authentication)
        options = options.dup
        options.delete(:http_basic_authentication)
      end
      uri = redirect
      raise "HTTP redirection loop: #{uri}" if seen.key?(uri.to_s)
      seen[uri.to_s] = true
    end
  end

  def self.redirectable?(uri1, uri2)
    uri1.scheme.downcase == uri2.scheme.downcase ||
      (uri1.scheme.downcase == "http" && uri2.scheme.downcase == "https")
  end

  def self.open_http(buf, target, _proxy, options)
    raise ArgumentError, "userinfo not supported.  [RFC3986]" if target.userinfo
    require "net/http"
    header = options.select { |k, _| k.is_a?(String) }
    http = Net::HTTP.new(target.hostname, target.port)
    http.read_timeout = options[:read_timeout] if options.key?(:read_timeout)
    http.open_timeout = options[:open_timeout] if options.key?(:open_timeout)
    resp = nil
    http.start do
      req = Net::HTTP::Get.new(target.request_uri, header)
      req.basic_auth(*options[:http_basic_authentication]) if options.key?(:http_basic_authentication)
      http.request(req) do |response|
        resp = response
        success = response.is_a?(Net::HTTPSuccess)
        if options[:content_length_proc] && success
          len = response.key?("Content-Length") ? response["Content-Length"].to_i : nil
          options[:content_length_proc].call(len)
        end
        response.read_body do |str|
          buf << str
          options[:progress_proc].call(buf.size) if options[:progress_proc] && success
        end
      end
    end
    io = buf.io
    io.rewind
    io.status = [resp.code, resp.message]
    resp.each_name { |name| io.meta_add_field2(name, resp.get_fields(name)) }
    case resp
    when Net::HTTPSuccess
      nil
    when Net::HTTPMovedPermanently, Net::HTTPFound, Net::HTTPSeeOther, Net::HTTPTemporaryRedirect
      begin
        loc = URI.parse(resp["location"])
      rescue URI::InvalidURIError
        raise HTTPError.new("#{io.status.join(' ')} (Invalid Location URI)", io)
      end
      throw :open_uri_redirect, loc
    else
      raise HTTPError.new(io.status.join(" "), io)
    end
  end

  # The body as it arrives: a StringIO, moved to a binary Tempfile past StringMax bytes.
  class Buffer
    StringMax = 10_240

    attr_reader :size

    def initialize
      @io = StringIO.new
      @size = 0
    end

    def <<(str)
      @io << str
      @size += str.length
      return unless @io.is_a?(StringIO) && @size > StringMax
      require "tempfile"
      file = Tempfile.new("open-uri")
      file.binmode
      Meta.init(file, @io) if @io.is_a?(Meta)
      file << @io.string
      @io = file
    end

    def io
      Meta.init(@io) unless @io.is_a?(Meta)
      @io
    end
  end

  # What the response said about the body (given to the IO and to #read's String).
  module Meta
    def self.init(obj, src = nil)
      obj.extend(Meta)
      obj.instance_eval do
        @base_uri = nil
        @meta = {}
        @metas = {}
      end
      return unless src
      obj.status = src.status
      obj.base_uri = src.base_uri
      src.metas.each { |name, values| obj.meta_add_field2(name, values) }
    end

    attr_accessor :status, :base_uri
    attr_reader :meta, :metas

    # The body takes the charset's encoding (binary when there is none or it is unknown).
    def meta_setup_encoding
      enc = begin
        charset && Encoding.find(charset)
      rescue ArgumentError
        nil
      end
      enc ||= Encoding::ASCII_8BIT
      if respond_to?(:force_encoding)
        force_encoding(enc)
      elsif respond_to?(:string)
        string.force_encoding(enc)
      else
        set_encoding(enc)
      end
    end

    def meta_add_field2(name, values)
      name = name.downcase
      @metas[name] = values
      @meta[name] = values.join(", ")
      meta_setup_encoding if name == "content-type"
    end

    def meta_add_field(name, value) = meta_add_field2(name, [value])

    def last_modified
      vs = @metas["last-modified"]
      vs && Time.httpdate(vs.join(", "))
    end

    RE_LWS = /[\r\n\t ]+/n
    RE_TOKEN = %r{[^\x00- ()<>@,;:\\"/\[\]?={}\x7f]+}n
    RE_QUOTED_STRING = /"(?:[\r\n\t !#-\[\]-~\x80-\xff]|\\[\x00-\x7f])*"/n
    RE_PARAMETERS = /(?:;#{RE_LWS}?#{RE_TOKEN}#{RE_LWS}?=#{RE_LWS}?(?:#{RE_TOKEN}|#{RE_QUOTED_STRING})#{RE_LWS}?)*/n

    # ["type/subtype", [attribute, value], ...] of the Content-Type, nil when malformed.
    def content_type_parse
      vs = @metas["content-type"]
      m = vs && %r{\A#{RE_LWS}?(#{RE_TOKEN})#{RE_LWS}?/(#{RE_TOKEN})#{RE_LWS}?(#{RE_PARAMETERS})(?:;#{RE_LWS}?)?\z}n.match(vs.join(", "))
      return nil unless m
      params = m[3].scan(/;#{RE_LWS}?(#{RE_TOKEN})#{RE_LWS}?=#{RE_LWS}?(?:(#{RE_TOKEN})|(#{RE_QUOTED_STRING}))/n).map do |att, val, qval|
        val = qval[1...-1].gsub(/\\(.)/n, '\1') if qval
        [att.downcase, val]
      end
      ["#{m[1].downcase}/#{m[2].downcase}", *params]
    end

    def content_type
      content_type_parse&.first || "application/octet-stream"
    end

    def charset
      type, *params = content_type_parse
      if (pair = params.assoc("charset"))
        pair.last.downcase
      elsif block_given?
        yield
      elsif type&.start_with?("text/")
        "utf-8"
      end
    end

    def content_encoding
      v = @metas["content-encoding"]&.join(", ")
      return [] unless v && /\A#{RE_LWS}?#{RE_TOKEN}#{RE_LWS}?(?:,#{RE_LWS}?#{RE_TOKEN}#{RE_LWS}?)*/.match?(v)
      v.scan(RE_TOKEN).map(&:downcase)
    end
  end

  # open / read for URI objects.
  module OpenRead
    def open(*rest, &block) = OpenURI.open_uri(self, *rest, &block)

    def read(options = {})
      self.open(options) do |f|
        str = f.read
        Meta.init(str, f)
        str
      end
    end
  end
end

module URI
  class HTTP
    def buffer_open(buf, proxy, options) = OpenURI.open_http(buf, self, proxy, options)

    include OpenURI::OpenRead
  end
end
