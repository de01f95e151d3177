# uri/ftp: URI::FTP (port 21): a path relative to the login directory and the
# ";type=" typecode (a, i or d).
require "uri/generic"

module URI
  class FTP < Generic
    DEFAULT_PORT = 21
    COMPONENT = %i[scheme userinfo host port path typecode].freeze
    TYPECODE = %w[a i d].freeze
    TYPECODE_PREFIX = ";type="

    attr_reader :typecode

    # The path is made absolute ("/" + path) as CRuby's FTP.build does.
    def self.build(args)
      args = component[1..].zip(args).to_h if args.is_a?(Array)
      args = args.merge(path: "/#{args[:path]}") if args[:path]
      super(args)
    end

    def self.new2(user, password, host, port, path, typecode = nil, arg_check = true)
      typecode = nil if typecode && typecode.empty?
      new("ftp", [user, password].compact.join(":"), host, port, nil,
          typecode ? "#{path}#{TYPECODE_PREFIX}#{typecode}" : path, nil, nil, nil, nil, arg_check)
    end

    def initialize(scheme, userinfo, host, port, registry, path, opaque, query, fragment,
                   parser = nil, arg_check = false)
      raise InvalidURIError, "path conflicts with opaque" if opaque
      @typecode = nil
      if path && (at = path.index(TYPECODE_PREFIX))
        typecode = path[at + TYPECODE_PREFIX.size..]
        path = path[0, at]
      end
      super(scheme, userinfo, host, port, registry, path, opaque, query, fragment,
            parser || DEFAULT_PARSER, arg_check)
      @path = @path.delete_prefix("/").sub(%r{\A%2F}i, "/") if @path
      self.typecode = typecode if typecode
    end

    def typecode=(v)
      unless v.nil? || TYPECODE.include?(v)
        raise InvalidComponentError, "bad typecode(expected #{TYPECODE.join(", ")}): #{v}"
      end
      @typecode = v
    end

    def path
      @path
    end

    def to_s
      save = @path
      @path = @path.start_with?("/") ? "/%2F#{@path[1..]}" : "/#{@path}"
      str = super
      str << TYPECODE_PREFIX << @typecode if @typecode
      str
    ensure
      @path = save
    end
  end

  register_scheme "FTP", FTP
end
