# Errors of refine/using (messages as CRuby 3.1's).
module M
  refine(String) { def z = :z }
end

def err
  yield
  puts "no error"
rescue StandardError => e
  puts "#{e.class}: #{e.message.lines.first.chomp}"
end

err { Module.new { refine(1) {} } }
err { Module.new { refine(String) } }
pr = proc {}
err { Module.new { refine(String, &pr) } }
class NotAModule; end
err { NotAModule.send(:refine, String) {} }
err { using 1 }
err { using String }
err { using M.refinements } if M.respond_to?(:refinements)
def in_method = using(M)
err { in_method }
class Holder
  err { TOPLEVEL_BINDING.receiver.send(:using, M) }
  def self.in_class_method = using(M)
  err { in_class_method }
  err { Module.new.send(:using, M) }
end
err { M.using(M) }
err { Module.new { using M } }
module DefinedByBlock; define_method(:dm) {}; end
module WithAttr; attr_reader :ar; end
err { Module.new { refine(String) { import_methods DefinedByBlock } } }
err { Module.new { refine(String) { import_methods WithAttr } } }
err { Module.new { refine(String) { import_methods 1 } } }
err { Module.new { refine(String) { import_methods String } } }
module NoSuper
  refine(String) { def nothing_above = super }
end
using NoSuper
err { "s".nothing_above }
