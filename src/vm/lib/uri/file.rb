# uri/file: URI::File (file:///path): no port or user, the host "" when none is given.
require "uri/generic"

module URI
  class File < Generic
    DEFAULT_PORT = nil
    COMPONENT = %i[scheme host path].freeze

    def self.build(args)
      uri = super
      uri.set_host("") unless uri.host
      uri
    end

    def set_host(v)
      v = "" if v.nil? || v == "localhost"
      @host = v
    end

    def set_port(v); end
    def set_userinfo(_u, _p = nil); end

    def user=(v)
      raise InvalidURIError, "can not set user with file URI" if v
    end

    def password=(v)
      raise InvalidURIError, "can not set password with file URI" if v
    end

    def port=(v)
      raise InvalidURIError, "can not set port with file URI" if v
    end

    def userinfo=(v)
      raise InvalidURIError, "can not set userinfo with file URI" if v
    end
  end

  register_scheme "FILE", File
end
