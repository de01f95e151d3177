"#@a #$b #@@c"
nil; true; false; self
a&.b ||= 1
a <=> b
loop { next 2 }
def f; 1; rescue; 2; else; 3; ensure; 4; end
raise A, "m"
x = <<~EOS
  a
	b
    #{c}
EOS
