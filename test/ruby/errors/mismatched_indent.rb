# -w: "mismatched indentations at 'end' with 'def' at N" (parse.y's token_info) for the
# keywords that open a body, and at else/elsif/when/rescue/ensure. Not for eval'd code;
# a loaded file reports through Warning.warn.
require "tmpdir"
module Warning
  def self.warn(message, category: nil)
    print "W: ", message.sub(DIR, "DIR")
  end
end

DIR = Dir.mktmpdir
def show(src)
  puts "-- #{src.inspect}"
  path = File.join(DIR, "i.rb")
  File.write(path, "BEGIN { throw :parsed }\n" + src)
  load path
end
$VERBOSE = true
[
  "def a\n  end", "def a\nend", "class A\n    end", "module M\n end",
  "if x\n  1\n  else\n  2\n    end", "if x\n  1\n    elsif y\nend",
  "unless x\n 1\nend", "while x\n  end", "until x\n  end", "for i in x\n end",
  "case x\n    when 1\nend", "case x\nwhen 1\n  else\n    end", "case x\n  when 1\nend",
  "begin\n  1\n  rescue\n  ensure\n end", "def b\n  1\n rescue\nend",
  "x.each do |i|\n  end", "x.each do |i|\nend", "x = if y\n  1\nend",
  "  def c\nend", "def d; end", "def e = 1\n  def f\n  end",
  "\tdef g\n        end", "\tdef h\n  end", "-> do\n  end", "class << self\n  end",
  "def i\n  if x\n    1\n  end\n  end",
  "p(1) if x\ndef j\n end", "def k\n  begin\n  end while x\n end",
  "-> {\n  }", "x = -> {\n}", "if true\n  1\n  else 2\n end", "->(a) {\n}",
].each { |s| catch(:parsed) { show(s) } }
$VERBOSE = false
catch(:parsed) { show("def z\n  end") }
catch(:parsed) { $VERBOSE = true; eval("BEGIN { throw :parsed }\ndef y\n  end") }
$VERBOSE = false
File.delete(File.join(DIR, "i.rb"))
Dir.rmdir(DIR)
p :done
