# uri/mailto: URI::MailTo (mailto:to?header=value&...): to, headers, to_mailtext.
require "uri/generic"

module URI
  class MailTo < Generic
    DEFAULT_PORT = nil
    COMPONENT = %i[scheme to headers].freeze
    EMAIL_REGEXP = /\A[a-zA-Z0-9.!\#$%&'*+\/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*\z/

    attr_reader :to, :headers

    def self.build(args)
      if args.is_a?(Hash)
        to, headers = args[:to], args[:headers]
      else
        to, headers = args
      end
      headers = headers.map { |h| h.is_a?(Array) ? h.join("=") : h }.join("&") if headers.is_a?(Array)
      opaque = to.to_s.dup
      opaque << "?" << headers if headers && !headers.empty?
      new("mailto", nil, nil, nil, nil, nil, opaque, nil, nil)
    end

    def initialize(*args)
      super(*args)
      @to = nil
      @headers = []
      return unless @opaque
      to, _, query = @opaque.partition("?")
      raise InvalidComponentError, "unrecognised opaque part for mailtoURL: #{@opaque}" unless to.empty? || to.split(",").all? { |a| EMAIL_REGEXP.match?(URI::RFC2396_Parser.new.unescape(a)) }
      @to = to
      @headers = query.split("&").map { |h| h.split("=", 2) } unless query.empty?
    end

    def to=(v)
      @to = v
      @opaque = build_opaque
    end

    def headers=(v)
      @headers = v.split("&").map { |h| h.split("=", 2) }
      @opaque = build_opaque
    end

    def to_s
      @scheme + ":" + build_opaque + (@fragment ? "##{@fragment}" : "")
    end

    def to_mailtext
      to = URI::RFC2396_Parser.new.unescape(@to.to_s)
      head = +""
      body = +""
      @headers.each do |k, v|
        case k
        when "to" then to += ", " + URI::RFC2396_Parser.new.unescape(v)
        when "body" then body = URI::RFC2396_Parser.new.unescape(v)
        else head << "#{URI::RFC2396_Parser.new.unescape(k).capitalize}: #{URI::RFC2396_Parser.new.unescape(v)}\n"
        end
      end
      "To: #{to}\n#{head}\n#{body}\n"
    end
    alias to_rfc822text to_mailtext

    private

    def build_opaque
      s = @to.to_s.dup
      s << "?" << @headers.map { |k, v| "#{k}=#{v}" }.join("&") unless @headers.empty?
      s
    end
  end

  register_scheme "MAILTO", MailTo
end
