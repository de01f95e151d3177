# uri/ldap: URI::LDAP (port 389) and URI::LDAPS (636): dn, attributes, scope, filter
# and extensions from "ldap://host/dn?attributes?scope?filter?extensions".
require "uri/generic"

module URI
  class LDAP < Generic
    DEFAULT_PORT = 389
    COMPONENT = %i[scheme host port dn attributes scope filter extensions].freeze
    SCOPE_ONE = "one"
    SCOPE_SUB = "sub"
    SCOPE_BASE = "base"
    SCOPE = [SCOPE_ONE, SCOPE_SUB, SCOPE_BASE].freeze

    attr_accessor :dn, :attributes, :scope, :filter, :extensions

    def initialize(*args)
      super(*args)
      raise InvalidURIError, "bad LDAP URL" if @opaque
      @dn = @path.to_s.delete_prefix("/")
      @dn = nil if @dn.empty? && @path.to_s.empty?
      @attributes, @scope, @filter, @extensions = (@query || "").split("?", -1)
      @dn ||= ""
    end
  end

  class LDAPS < LDAP
    DEFAULT_PORT = 636
  end

  register_scheme "LDAP", LDAP
  register_scheme "LDAPS", LDAPS
end
