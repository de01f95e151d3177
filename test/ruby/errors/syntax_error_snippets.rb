# SyntaxError messages: "file:line: message", then the source line and a caret line
# under the error's location (none when the line is 4 bytes or shorter), as CRuby 3.1.
def show(src)
  eval(src, nil, "snippet.rb")
  puts "no error: #{src.inspect}"
rescue SyntaxError => e
  puts e.message
  puts "--"
end

show("def x\n")
show("p(1")
show("[1, 2")
show("{a: 1")
show("x = \"abc")
show("%w(a b")
show("1 end")
show("def f; end end")
show("foo(1,,2)")
show("p 1, 2 3")
show("p(1 2)")
show("a ? b")
show("a, b += 1")
show("alias a $b")
show("class foo; end")
show("class Foo::bar; end")
show("module Foo; def x; module Bar; end; end; end")
show("class Foo\n  def f\n    class Bar; end\n  end\nend")
show("def foo(a, a:); end")
show("def foo(aa, *aa); end")
show("def foo(aa, &aa); end")
show("def foo(aa, aa = 1); end")
show("proc { |aa; aa| }")
show("def foo(Abc); end")
show("def foo(@abc); end")
show("\tx = [1,\n\t\t2,,\n\t\t3]")
show("a = 1 +* 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16")
show("a = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 +  12 + 13 + 14 + 15 + 16 +) 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 + 26")
show("puts 'héllo wörld', 'ünïcödé', 12345 +")
show("x = 1 rescue p $!")
show("X = 1 rescue p $!")
p eval("X1 = (1 rescue p $!)")
p eval("y = raise rescue 2")
p eval("z = (Integer('q') rescue :bad)")
