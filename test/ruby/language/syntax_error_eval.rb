bad = [
  "1 +",
  "def foo",
  "class",
  "[1, 2",
  "{ a: }}",
  "x = (1",
  "end",
  "if true then",
  "\"unterminated",
  "1 = 2",
]
bad.each do |src|
  begin
    eval(src)
    puts "no error for #{src.inspect}"
  rescue SyntaxError => e
    puts "#{src.inspect} -> #{e.class}"
  end
end
p SyntaxError.ancestors.take(3)
p eval("1 + 2")
p eval("[1, 2].map { |x| x * 3 }")
b = 10
p eval("b * 2")
