# uri/rfc3986_parser: splits a URI reference into its components by RFC 3986's grammar
# (URI::RFC3986_Parser, what URI.parse uses), and URI::RFC2396_Parser (URI::Parser,
# URI::DEFAULT_PARSER) for its escape/unescape.
module URI
  # Character classes of RFC 3986 (section 2 and 3).
  module RFC3986
    UNRESERVED = "A-Za-z0-9\\-._~"
    SUB_DELIMS = "!$&'()*+,;="
    PCT = "%\\h\\h"
    PCHAR = "(?:#{PCT}|[#{UNRESERVED}#{SUB_DELIMS}:@])"
    SCHEME = /\A[A-Za-z][A-Za-z0-9+\-.]*\z/
    USERINFO = /\A(?:#{PCT}|[#{UNRESERVED}#{SUB_DELIMS}:])*\z/
    IPV6 = /\A\[(?:[\h:.]+|v\h+\.[#{UNRESERVED}#{SUB_DELIMS}:]+)\]\z/
    REG_NAME = /\A(?:#{PCT}|[#{UNRESERVED}#{SUB_DELIMS}])*\z/
    PORT = /\A\d*\z/
    PATH = %r{\A(?:#{PCHAR}|/)*\z}
    QUERY = %r{\A(?:#{PCHAR}|[/?])*\z}
    # A host is an IP literal ([...]) or a registered name (which covers IPv4).
    def self.host?(host)
      IPV6.match?(host) || REG_NAME.match?(host)
    end
  end

  class RFC3986_Parser
    # [scheme, userinfo, host, port, registry, path, opaque, query, fragment]
    def split(uri)
      raise InvalidURIError, "bad URI(is not URI?): #{uri.inspect}" unless uri.respond_to?(:to_str)
      str = uri.to_str
      bad = -> { raise InvalidURIError, "bad URI(is not URI?): #{str.inspect}" }
      raise InvalidURIError, "URI must be ascii only #{str.dump}" unless str.ascii_only?
      rest = str
      scheme = nil
      if (m = /\A([A-Za-z][A-Za-z0-9+\-.]*):/.match(rest))
        scheme = m[1]
        rest = m.post_match
      end
      rest, hash, fragment = rest.partition("#")
      fragment = nil if hash.empty?

      userinfo = host = port = opaque = nil
      if rest.start_with?("//")
        rest, question, query = rest.partition("?")
        query = nil if question.empty?
        authority, slash, path = rest[2..].partition("/")
        path = slash + path
        m = /\A(?:([^@\/]*)@)?(\[[^\]]*\]|[^:\[\]]*)(?::([^:]*))?\z/.match(authority) or bad.call
        userinfo, host, port = m[1], m[2], m[3]
        userinfo = nil if userinfo && userinfo.empty?
        bad.call if userinfo && !RFC3986::USERINFO.match?(userinfo)
        bad.call unless RFC3986.host?(host) && (port.nil? || RFC3986::PORT.match?(port))
        port = nil if port && port.empty?
      elsif scheme && !rest.empty? && !rest.start_with?("/")
        opaque = rest
        return [scheme, nil, nil, nil, nil, nil, opaque, nil, fragment]
      else
        path, question, query = rest.partition("?")
        query = nil if question.empty?
        bad.call if scheme.nil? && path.split("/", 2).first.to_s.include?(":")
      end
      bad.call unless RFC3986::PATH.match?(path)
      [scheme, userinfo, host, port, nil, path, opaque, query, fragment]
    end

    def parse(uri)
      scheme, *rest = split(uri)
      URI.for(scheme && scheme.downcase, *rest, self)
    end

    def join(*uris)
      uris.map { |u| u.is_a?(Generic) ? u : parse(u) }.inject { |base, rel| base.merge(rel) }
    end

    def inspect
      "#<#{self.class}>"
    end
  end

  RFC3986_PARSER = RFC3986_Parser.new

  # RFC 2396's parser, kept for its escape/unescape (URI.parse uses RFC 3986's).
  class RFC2396_Parser < RFC3986_Parser
    UNSAFE = %r{[^\-_.!~*'()a-zA-Z\d;/?:@&=+$,\[\]]}

    def initialize(opts = {})
      @unsafe = opts[:UNSAFE] || UNSAFE
    end

    def escape(str, unsafe = @unsafe)
      unsafe = Regexp.new("[#{Regexp.quote(unsafe)}]") unless unsafe.is_a?(Regexp)
      str.to_s.b.gsub(unsafe) { |m| m.unpack("C*").map { |c| format("%%%02X", c) }.join }
         .force_encoding(str.encoding)
    end

    def unescape(str, escaped = /%\h\h/)
      enc = str.encoding
      enc = Encoding::UTF_8 if enc == Encoding::US_ASCII
      str.b.gsub(escaped) { |m| m[1, 2].hex.chr }.force_encoding(enc)
    end
  end

  Parser = RFC2396_Parser
  DEFAULT_PARSER = Parser.new
end
