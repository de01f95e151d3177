# uri/common: the URI module's functions (parse, split, join, for, the scheme registry,
# encode/decode_www_form and their _component forms), its errors and Kernel#URI.
module URI
  VERSION = "0.11.0"

  class Error < StandardError; end
  class InvalidURIError < Error; end
  class InvalidComponentError < Error; end
  class BadURIError < Error; end

  @schemes = {}

  def self.scheme_list
    @schemes
  end

  def self.register_scheme(scheme, klass)
    @schemes[scheme.to_s.upcase] = klass
  end

  # The class for +scheme+ (URI::Generic when none is registered), made with +args+.
  def self.for(scheme, *args, default: Generic)
    klass = (scheme && @schemes[scheme.to_s.upcase]) || default
    klass.new(scheme, *args)
  end

  def self.split(uri)
    RFC3986_PARSER.split(uri)
  end

  def self.parse(uri)
    RFC3986_PARSER.parse(uri)
  end

  def self.join(*strs)
    RFC3986_PARSER.join(*strs)
  end

  # application/x-www-form-urlencoded: "*-._" and alphanumerics stay, a space is "+".
  def self.encode_www_form_component(str, enc = nil)
    str = str.to_s.dup
    str = str.encode(enc) if enc && str.encoding != Encoding::ASCII_8BIT && enc != str.encoding
    str.b.gsub(/[^*\-.0-9A-Z_a-z ]+/n) { |m| m.unpack1("H*").upcase.gsub(/../, "%\\0") }
       .tr(" ", "+").force_encoding(Encoding::US_ASCII)
  end

  def self.decode_www_form_component(str, enc = Encoding::UTF_8)
    raise ArgumentError, "invalid %-encoding (#{str})" if /%(?!\h\h)/ =~ str
    str.b.tr("+", " ").gsub(/%\h\h/) { |m| m[1, 2].to_i(16).chr }.force_encoding(enc)
  end

  # As the _www_form_component pair, but a space is %20 and "+" is kept.
  def self.encode_uri_component(str, enc = nil)
    encode_www_form_component(str, enc).gsub("+", "%20")
  end

  def self.decode_uri_component(str, enc = Encoding::UTF_8)
    raise ArgumentError, "invalid %-encoding (#{str})" if /%(?!\h\h)/ =~ str
    str.b.gsub(/%\h\h/) { |m| m[1, 2].to_i(16).chr }.force_encoding(enc)
  end

  # [[key, value], ...] or a hash: "k=v&k2=v2"; a nil value leaves "=v" off, an array
  # value repeats the key.
  def self.encode_www_form(enum, enc = nil)
    enum.map do |k, v|
      key = encode_www_form_component(k, enc)
      if v.nil?
        key
      elsif v.respond_to?(:to_ary)
        v.to_ary.map { |w| w.nil? ? key : "#{key}=#{encode_www_form_component(w, enc)}" }.join("&")
      else
        "#{key}=#{encode_www_form_component(v, enc)}"
      end
    end.join("&")
  end

  def self.decode_www_form(str, enc = Encoding::UTF_8, separator: "&", use__charset_: false, isindex: false)
    raise ArgumentError, "the input of #{name}.#{__method__} must be ASCII only string" unless str.ascii_only?
    pairs = []
    return pairs if str.empty?
    charset = nil
    str.b.each_line(separator) do |part|
      part.chomp!(separator)
      key, value = part.split("=", 2)
      if isindex && value.nil?
        key, value = "", key
        isindex = false
      end
      key = decode_www_form_component(key, enc)
      value = decode_www_form_component(value || "", enc)
      charset = value if use__charset_ && key == "_charset_"
      pairs << [key, value]
    end
    if charset
      target = Encoding.find(charset) rescue nil
      pairs.each { |kv| kv.each { |s| s.force_encoding(target) } } if target
    end
    pairs
  end
end

module Kernel
  private

  def URI(uri)
    case uri
    when URI::Generic then uri
    when String then URI.parse(uri)
    else raise ArgumentError, "bad argument (expected URI object or URI string)"
    end
  end
  module_function :URI
end
