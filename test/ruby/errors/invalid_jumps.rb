# break/next/redo/retry/yield/return where they cannot go: SyntaxError when the code is
# compiled (before any of it runs), with CRuby 3.1's messages.
def show(src)
  r = catch(:ran) { eval("BEGIN { throw :ran, :compiled }\n" + src, nil, "jump.rb") }
  puts "#{src.inspect}: #{r}"
rescue SyntaxError => e
  puts "#{src.inspect}: #{e.message}"
end

show("break")
show("next")
show("redo")
show("retry")
show("yield")
show("def f; break; end")
show("def f; next 1; end")
show("def f; redo; end")
show("def f; retry; end")
show("def f\n  begin\n  rescue\n    retry\n  end\nend")
show("begin; rescue; [1].each { retry }; end")
show("begin; rescue; while true; retry; end; end")
show("def f; [1].each { retry }; end")
show("class X; yield; end")
show("module M; return; end")
show("class X; [1].each { return }; end")
show("proc { yield }")
show("def f; proc { yield }; end")
show("def f; yield; end")
show("while true; break; end")
show("until false; next; end")
show("for i in [1]; redo; end")
show("[1].each { break }")
show("-> { next 2 }")
show("def f; while true; break; end; end")
show("def f; defined?(yield); end")
show("defined?(yield)")
show("x = 1\nx.times { redo if false }")
def in_method
  eval("yield")
end
p in_method { :given }
def in_block
  [1].each { return eval("yield + 1") }
end
p in_block { 41 }
