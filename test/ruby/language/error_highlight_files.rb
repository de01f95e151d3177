# error_highlight reads the failing line back from the file when the message is made
# (CRuby 3.1): required files have snippets, a file deleted since gives none, and eval'd
# code never has one; tabs stay in the marker's indentation.
require 'tmpdir'

def msg
  yield
  "no error"
rescue NameError => e
  e.message.gsub(/0x\h+/, "0x")   # no addresses
end

Dir.mktmpdir do |dir|
  path = File.join(dir, "lib_eh.rb")
  File.write(path, "def eh_call(x)\n\tx.zork\nend\ndef eh_const = EhMissing\n")
  require path
  p msg { eh_call(nil) }
  p msg { eh_const }
  err = (eh_call(nil) rescue $!)
  File.delete(path)
  p msg { eh_call(nil) }
  p err.message   # made again: the file is gone
end
p msg { eval("nil.zork") }
p msg { eval("def eh_evald = nil.zork\n"); eh_evald }
p msg { Object.new.instance_eval("zork") }
p msg { Class.new.class_eval("Zork") }
p msg { binding.eval("nil.zork") }
b = binding
p msg { b.local_variable_get(:nope) }
pr = proc { nil.zork }
p msg { pr.call }
p msg { [3, 1].sort_by { |v| v.zork } }
p msg { nil.zork } # é: a non-ASCII line gets no snippet
p msg { nil.
  zork }
e = NameError.new("never raised", :x)
p e.message, e.name
