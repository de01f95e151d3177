name = "Ruby"
a = <<EOS
plain #{name}
  indented
EOS
print a
b = <<-EOS
  dash #{name}
  EOS
print b
c = <<~EOS
  squiggly #{name}
    more
  back
EOS
print c
d = <<~'EOS'
  raw #{name}\n
EOS
print d
e = <<~"EOS"
  quoted #{name}
EOS
print e
f = [<<A, <<B]
first
A
second
B
p f
puts(<<~X.upcase)
  method on heredoc
X
