# cgi/escape: CRuby's C accelerator of CGI's escaping; here CGI::Escape holds CGI::Util's
# six escaping methods (cgi/util), so requiring it gives CGI.escapeHTML and the rest.
require "cgi/util"

class CGI
  module Escape
    %i[escape unescape escapeHTML unescapeHTML escapeURIComponent unescapeURIComponent].each do |name|
      define_method(name, CGI::Util.instance_method(name))
    end
  end
end
