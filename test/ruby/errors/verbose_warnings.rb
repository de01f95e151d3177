# -w warnings of CRuby 3.1 ($VERBOSE = true): the parser's "assigned but unused
# variable", the lexer's argument-prefix and ambiguous-argument ones, and the
# interpreter's "method redefined", all written through Warning.warn.
module Warning
  def self.warn(message, category: nil)
    print "W: ", message
  end
end

def show(src)
  puts "-- #{src.inspect}"
  eval(src, nil, "w.rb")
rescue StandardError, ScriptError => e
  puts "#{e.class}"
end

$VERBOSE = true
show("def m1\n  x = 1\n  y = 2\n  y\nend")
show("def m2\n  _u = 1\n  b = 1\n  b += 1\n  c = 1\n  c ||= 2\nend")
show("def m3\n  d, e = 1, 2\n  case 1\n  in g then 1\n  end\n  h = 1 if false\nend")
show("def m4\n  k = 1\n  -> { k }\n  1 => n\n  /(?<q>x)/ =~ 'x'\n  for w in [] do end\nend")
show("def m5(a)\n  a = 2\n  [1].each { |i| z = i }\nend")
show("zz = 1")
show("def m6\n  begin\n  rescue => e\n  end\nend")
show("def m7 = (t = 1)")
show("def b(*) = 1\nx = 1\np -x\np *[1]\np **{}\nb &:x\nb &nil\np(b & 1)")
show("def m8\n  p(/a/)\n  p /a/\nend")
show("def rd; end\ndef rd; end")
show("class RD\n  def a; end\n  alias b a\n  def a; end\n  define_method(:c) { }\n  define_method(:c) { }\nend")
show("class RD2\n  attr_reader :x\n  def x; end\n  def to_s; end\nend")
show("def m10\n  return 1\n  p :x\nend")
show("[1].each do\n  next\n  1\n  break\nend")
show("def m11\n  raise 'x'\n  1\nend")
$VERBOSE = false
show("def m9\n  x = 1\nend\ndef rd; end")
p :done
