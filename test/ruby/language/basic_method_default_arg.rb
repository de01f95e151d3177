def greet(name = "world")
  "hello #{name}"
end
puts greet
puts greet("you")
