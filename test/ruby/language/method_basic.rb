def hello
  "hi"
end
def add(a, b)
  a + b
end
def greet(name = "you")
  "hello #{name}"
end
def noret
end
def early(x)
  return "neg" if x < 0
  "pos"
end
p hello
p add(2, 3)
p add 4, 5
p greet
p greet("bob")
p noret
p early(-1)
p early(1)
def multi
  return 1, 2
end
p multi
def q?; true; end
def bang!; "bang"; end
p q?
p bang!
p defined?(hello)
p (def zed; end)
