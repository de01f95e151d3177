# "void value expression": a return/break/next/redo/retry where a value is needed
# (operands, arguments, assignment values, conditions), as CRuby 3.1's parser finds it.
def show(src)
  r = catch(:ran) { eval("BEGIN { throw :ran, :parsed }\n" + src, nil, "void.rb") }
  puts "#{src.inspect}: #{r}"
rescue SyntaxError => e
  puts "#{src.inspect}: #{e.message}"
end

show("def f; x = return; end")
show("def f; x = (return 1) + 2; end")
show("def f; p(return); end")
show("def f; foo(return); end")
show("def f; [return]; end")
show("def f; {a: return}; end")
show("def f; x = (return 1) +\n  2\nend")
show("def f; a = return 1 rescue 2; end")
show("def f\n  x = begin; return; end\nend")
show("def f; x = if true; return; else; return; end; end")
show("def f; x = if true; return; end; end")
show("def f; x = begin; return; rescue; 2; end; end")
show("def f; (return; 1) + 2; end")
show("def f; return + 1; end")
show("def f; (return) && 1; end")
show("def f; 1 && return; end")
show("def f; if (return); end; end")
show("def f; while (return); end; end")
show("def f; x = (return if true); end")
show("def f; (return).foo; end")
show("def f; x = *(return); end")
show("def f; x ||= (return); end")
show("def f; a, b = (return); end")
show("def f; y = (1..(return)); end")
show("loop { x = (break) }")
show("loop { x = (next 1) }")
show("def f; return return; end")
show("def f; defined?(x = return); end")
