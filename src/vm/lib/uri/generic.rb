# uri/generic: URI::Generic, a URI's components (each setter checks its component),
# to_s, equality, normalize, merge/join by RFC 3986 section 5.2, route_to/route_from,
# and build from a hash or an array of components.
require "uri/common"
require "uri/rfc3986_parser"

module URI
  class Generic
    include URI

    DEFAULT_PORT = nil
    COMPONENT = %i[scheme userinfo host port registry path opaque query fragment].freeze
    USE_REGISTRY = false

    def self.default_port
      self::DEFAULT_PORT
    end

    def self.component
      self::COMPONENT
    end

    def self.use_registry
      self::USE_REGISTRY
    end

    # build(host: "x", path: "/p"), or build([userinfo, host, port, path, ...]): the
    # class's components in order (the scheme first only for URI::Generic).
    def self.build(args)
      if args.is_a?(Array)
        names = self == Generic ? component : component - [:scheme]
        unless args.size == names.size
          raise ArgumentError, "expected Array of or Hash of components of #{self} (#{names.join(", ")})"
        end
        args = names.zip(args).to_h
      end
      parts = COMPONENT.map { |c| args[c] }
      parts[0] ||= name.split("::").last.downcase unless self == Generic
      uri = new(*parts, DEFAULT_PARSER, true)
      (component - COMPONENT).each { |c| uri.send("#{c}=", args[c]) if args[c] }
      uri
    end

    def self.build2(args)
      build(args)
    end

    attr_reader :scheme, :host, :port, :registry, :path, :query, :opaque, :fragment

    def initialize(scheme, userinfo, host, port, registry, path, opaque, query, fragment,
                   parser = DEFAULT_PARSER, arg_check = false)
      @scheme = @user = @password = @host = @port = @path = @query = @opaque = @fragment = nil
      @registry = nil
      @parser = parser == DEFAULT_PARSER ? nil : parser
      if arg_check
        self.scheme = scheme
        self.userinfo = userinfo
        self.hostname = host
        self.port = port
        self.path = path
        self.query = query
        self.opaque = opaque
        self.fragment = fragment
      else
        set_scheme(scheme)
        set_userinfo(userinfo)
        set_host(host)
        set_port(port)
        set_path(path)
        @query = query
        set_opaque(opaque)
        @fragment = fragment
      end
      @port = default_port if default_port && !@port
      if registry
        raise InvalidURIError, "the scheme #{@scheme} does not accept registry part: #{registry} (or bad hostname?)"
      end
      @scheme&.freeze
      set_path("") if !@path && !@opaque
    end

    def parser
      @parser || DEFAULT_PARSER
    end

    def component
      self.class.component
    end

    def default_port
      self.class.default_port
    end

    # --- components ---------------------------------------------------------------

    def scheme=(v)
      check_component(:scheme, v) { RFC3986::SCHEME.match?(v) }
      set_scheme(v)
    end

    def userinfo
      return nil if @user.nil?
      @password.nil? ? @user : "#{@user}:#{@password}"
    end

    def user
      @user
    end

    def password
      @password
    end

    def userinfo=(userinfo)
      return set_userinfo(nil) if userinfo.nil?
      user, password = split_userinfo(userinfo)
      self.user = user
      self.password = password if password
    end

    def user=(user)
      check_userinfo_part(:user, user)
      raise InvalidURIError, "can not set user with opaque" if user && @opaque
      @user = user
    end

    def password=(password)
      check_userinfo_part(:password, password)
      raise InvalidURIError, "password component depends user component" if password && !@user
      @password = password
    end

    def host=(v)
      check_component(:host, v) { RFC3986.host?(v) && !v.empty? || (v.empty? && @scheme == "file") }
      raise InvalidURIError, "can not set host with registry or opaque" if v && @opaque
      set_host(v)
      set_port(default_port) if !@port && default_port
    end

    def hostname
      v = host
      v&.start_with?("[") && v.end_with?("]") ? v[1..-2] : v
    end

    def hostname=(v)
      v = "[#{v}]" if v && !v.start_with?("[") && v.include?(":")
      self.host = v
    end

    def port=(v)
      if v && !(v.is_a?(Integer) || RFC3986::PORT.match?(v.to_s))
        raise InvalidComponentError, "bad component(expected port component): #{v.inspect}"
      end
      raise InvalidURIError, "can not set port with registry or opaque" if v && @opaque
      set_port(v)
    end

    def registry=(_v)
      raise InvalidURIError, "can not set registry"
    end

    def path=(v)
      raise InvalidURIError, "path conflicts with opaque" if v && @opaque
      if v && ((@host || @user) && !v.empty? && !v.start_with?("/") || !RFC3986::PATH.match?(v))
        kind = (@host || @user || v.start_with?("/")) ? "absolute" : "relative"
        raise InvalidComponentError, "bad component(expected #{kind} path component): #{v}"
      end
      set_path(v)
    end

    def opaque=(v)
      check_component(:opaque, v) { RFC3986::QUERY.match?(v) }
      raise InvalidURIError, "can not set opaque with host or path" if v && (@host || (@path && !@path.empty?))
      set_opaque(v)
    end

    def query=(v)
      return @query = nil if v.nil?
      raise InvalidURIError, "query conflicts with opaque" if @opaque
      @query = escape_component(v)
    end

    def fragment=(v)
      return @fragment = nil if v.nil?
      @fragment = escape_component(v)
    end

    def absolute?
      !@scheme.nil?
    end
    alias absolute absolute?

    def relative?
      @scheme.nil?
    end

    def hierarchical?
      !@path.nil?
    end

    def select(*components)
      components.map do |c|
        raise ArgumentError, "expected of components of #{self.class} (#{component.join(", ")})" unless component.include?(c)
        send(c)
      end
    end

    def component_ary
      component.map { |c| send(c) }
    end
    protected :component_ary

    # --- text ---------------------------------------------------------------------

    def to_s
      str = +""
      str << @scheme << ":" if @scheme
      if @opaque
        str << @opaque
      else
        str << "//" if @host || %w[file postgres].include?(@scheme)
        str << userinfo << "@" if userinfo
        str << @host if @host
        str << ":" << @port.to_s if @port && @port != default_port
        str << @path
        str << "?" << @query if @query
      end
      str << "#" << @fragment if @fragment
      str
    end
    alias to_str_for_display to_s

    def inspect
      "#<#{self.class} #{self}>"
    end

    def ==(other)
      other.is_a?(Generic) && self.class == other.class &&
        normalize.component_ary == other.normalize.component_ary
    end

    def eql?(other)
      self.class == other.class && component_ary.eql?(other.component_ary)
    end

    def hash
      component_ary.hash
    end

    def normalize
      uri = dup
      uri.normalize!
      uri
    end

    def normalize!
      set_path("/") if @path&.empty? && @host
      set_scheme(@scheme.downcase) if @scheme && @scheme != @scheme.downcase
      set_host(@host.downcase) if @host && @host != @host.downcase
      self
    end

    def coerce(other)
      [other.is_a?(String) ? parser.parse(other) : other, self]
    end

    # --- resolution (RFC 3986 section 5.2) -----------------------------------------

    def merge(oth)
      rel = oth.is_a?(Generic) ? oth : parser.parse(oth)
      return rel if rel.absolute?
      raise BadURIError, "both URI are relative" unless absolute?
      raise BadURIError, "not hierarchical URI: #{self}" if @opaque
      target = dup
      if rel.host || rel.userinfo || rel.port_given?
        target.set_userinfo(rel.userinfo)
        target.set_host(rel.host)
        target.set_port(rel.port_given? ? rel.port : target.default_port)
        target.set_path(remove_dot_segments(rel.path))
        target.set_query(rel.query)
      elsif rel.path.empty?
        target.set_query(rel.query) if rel.query
      else
        path = rel.path.start_with?("/") ? rel.path : merge_paths(@path, rel.path)
        target.set_path(remove_dot_segments(path))
        target.set_query(rel.query)
      end
      target.set_fragment(rel.fragment)
      target
    end
    alias + merge

    def merge!(oth)
      t = merge(oth)
      replace!(t) unless t.equal?(self)
      self
    end

    # The relative reference that leads from +oth+ to this URI.
    def route_from(oth)
      base = oth.is_a?(Generic) ? oth : parser.parse(oth)
      target = normalize
      base = base.normalize
      raise BadURIError, "relative URI: #{self}" if relative?
      raise BadURIError, "relative URI: #{oth}" if base.relative?
      return dup if target.scheme != base.scheme || @opaque || base.opaque
      if target.userinfo != base.userinfo || target.host != base.host || target.port != base.port
        port = @port == default_port ? nil : @port
        return Generic.new(nil, userinfo, @host, port, nil, @path, nil, @query, @fragment)
      end
      rel = Generic.new(nil, nil, nil, nil, nil, relative_path(base.path, target.path), nil, target.query, target.fragment)
      rel.set_path("") if rel.path == "./" && target.path == base.path && (target.query || target.fragment).nil? == false && target.query == base.query
      if target.path == base.path && target.query == base.query
        rel.set_path("")
        rel.set_query(nil)
      elsif target.path == base.path
        rel.set_path("")
      end
      rel
    end
    alias - route_from

    def route_to(oth)
      (oth.is_a?(Generic) ? oth : parser.parse(oth)).route_from(self)
    end

    protected

    def port_given?
      !@port.nil? && @port != default_port
    end

    def set_scheme(v)
      @scheme = v&.downcase
    end

    def set_userinfo(user, password = nil)
      user, password = split_userinfo(user) if password.nil? && user.is_a?(String)
      @user = user
      @password = password
    end

    def set_user(v)
      set_userinfo(v, @password)
    end

    def set_password(v)
      @password = v
    end

    def set_host(v)
      @host = v
    end

    def set_port(v)
      v = v.empty? ? nil : v.to_i if v.is_a?(String)
      @port = v
    end

    def set_path(v)
      @path = v
    end

    def set_query(v)
      @query = v
    end

    def set_opaque(v)
      @opaque = v
    end

    def set_fragment(v)
      @fragment = v
    end

    def replace!(oth)
      raise ArgumentError, "expected #{self.class} object" unless self.class == oth.class
      component.each { |c| instance_variable_set("@#{c}", oth.send(c)) unless c == :userinfo }
      set_userinfo(oth.userinfo)
    end

    private

    def split_userinfo(ui)
      return nil, nil unless ui
      user, password = ui.split(":", 2)
      [user, password]
    end

    def check_component(name, v)
      return if v.nil?
      raise InvalidComponentError, "bad component(expected #{name} component): #{v}" unless yield
    end

    def check_userinfo_part(name, v)
      return if v.nil?
      return if /\A(?:%\h\h|[#{RFC3986::UNRESERVED}#{RFC3986::SUB_DELIMS}#{name == :password ? ":" : ""}])*\z/o.match?(v)
      raise InvalidComponentError, "bad component(expected userinfo component or #{name} component): #{v}"
    end

    # Percent-encodes what a query or fragment may not hold (and drops tabs and newlines).
    def escape_component(v)
      s = v.to_str.dup
      s = s.encode(Encoding::UTF_8) rescue s
      s = s.delete("\t\r\n").b
      raise InvalidURIError, "invalid percent escape: #{$1}" if /(%\H\H)/n.match(s)
      s.gsub(/(?!%\h\h|[!$-&(-;=?-_a-~])./n) { |c| c.unpack1("H*").upcase.gsub(/../, "%\\0") }
       .force_encoding(Encoding::US_ASCII)
    end

    def merge_paths(base_path, rel_path)
      return "/#{rel_path}" if base_path.empty? && @host
      base_path.sub(%r{[^/]*\z}, "") + rel_path
    end

    # RFC 3986 5.2.4: resolve "." and ".." segments.
    def remove_dot_segments(path)
      input = path.dup
      output = []
      until input.empty?
        if input.start_with?("../") then input = input[3..]
        elsif input.start_with?("./") then input = input[2..]
        elsif input.start_with?("/./") then input = input[2..]
        elsif input == "/." then input = "/"
        elsif input.start_with?("/../")
          input = input[3..]
          output.pop
        elsif input == "/.."
          input = "/"
          output.pop
        elsif input == "." || input == ".." then input = ""
        else
          seg = input[%r{\A/?[^/]*}]
          output << seg
          input = input[seg.size..]
        end
      end
      output.join
    end

    # The shortest relative path from directory of +from+ to +to+.
    def relative_path(from, to)
      from_dirs = from.split("/", -1)[0...-1]
      to_segs = to.split("/", -1)
      to_file = to_segs.pop
      while !from_dirs.empty? && !to_segs.empty? && from_dirs.first == to_segs.first
        from_dirs.shift
        to_segs.shift
      end
      up = ["../"] * from_dirs.size
      path = up.join + to_segs.map { |s| "#{s}/" }.join + to_file.to_s
      path = "./" if path.empty?
      path
    end
  end
end
