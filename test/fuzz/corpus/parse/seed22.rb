"x#{1}y#{}z"
(...2)
a&.b = 1
a =~ b
loop { break 1 }
def a=(v); end
x = begin; 1; end
x = <<~EOS.lines
  a

  b
EOS
