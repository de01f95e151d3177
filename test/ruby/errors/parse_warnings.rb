# Warnings CRuby 3.1's parser prints without -w (and the -w ones only when $VERBOSE is
# true), for code given to eval, written through Warning.warn.
module Warning
  def self.warn(message, category: nil)
    print "W: ", message
  end
end

def show(src, verbose = false)
  old, $VERBOSE = $VERBOSE, verbose
  puts "-- #{src.inspect}#{verbose ? ' (-w)' : ''}"
  eval("BEGIN { throw :parsed }\n" + src, nil, "w.rb") rescue nil
ensure
  $VERBOSE = old
end

%w[catch].each { }   # (nothing: the throw ends each eval after parsing)
def show_all(src)
  catch(:parsed) { show(src) }
  catch(:parsed) { show(src, true) }
  catch(:parsed) { show(src, nil) }
end

show_all("x = 1\nif x = 2 then p x end")
show_all("x = 1\nwhile x = nil do end")
show_all("x = 1\np(1) unless x = [1, :a, 'b']")
show_all("@a = 1\np(1) if @a = {a: 1}")
show_all("x = 1\np(1) if x = y")
show_all("if (a = nil)\n  1\nelsif (b = 5)\n  2\nend")
show_all("x = 1\nwhile (x = 2)\n  y = 3 if (z = 4)\nend")
show_all("x = (a = 1) ? (b = 2) : 3")
show_all("p(1) if \"str\"")
show_all("p(1) if /re/")
show_all("p(1) if 1")
show_all("p(1) if :sym")
show_all("p(1) if true")
show_all("x = 1 ? 2 : 3")
show_all("p(1) if 1..2")
show_all("x = 5\np(1) if (x==1)..(x==2)")
show_all("p(1) if !(x = 1)")
show_all("h = {a: 1, \"b\" => 2, \"b\" => 3, 1 => 1, 1 => 2}")
show_all("h = {a: 1,\n  b: 2,\n  a: 3,\n  a: 4}")
show_all("p(a: 1, a: 2)")
show_all("p a: 1, a: 2")
show_all("case [1]\nin [*, 1, *] then p 1\nend")
show_all("def f\n  END { }\nend")
show_all("x = 1\nx == 1\nx")
show_all("1\np 2")
show_all("'s'\n:sym\nnil")
show_all("case 1\nwhen 1, 2\nwhen :a, 2, \"s\"\nwhen 'q', \"s\"\nend")
show_all("@x; $y; Foo; Foo::Bar; self; true; 1..2; defined?(x); nil")
show_all("def f\n  x = 1\n  x + 1\n  -x\n  x\nend")
show_all("a = [1]\n(a; a)\nbegin a; 2; end")
x = {a: 1, b: 2}
p x
