def greet(name, punct = "!") = "Hello, #{name}#{punct}"
def wrap(s) = "[#{s}]"
puts greet "Ann"
puts greet "Bo", "?"
puts wrap greet "Cy"
p wrap(greet("Di"))
w = wrap greet "Ed"
p w
puts [1, 2, 3].map { |x| x * 2 }.inspect
def takes_block(x)
  yield x
end
result = takes_block 5 do |v|
  v * 100
end
p result
r2 = [1, 2, 3].inject 0 do |s, x| s + x end
p r2
p [3, 1, 2].sort.first 2
p(Math.sqrt 16)
x = [1, 2, 3].select do |e| e.odd? end
p x
