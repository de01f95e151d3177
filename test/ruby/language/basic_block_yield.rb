def twice
  yield
  yield
end
twice { puts "hi" }
def with_arg
  yield 5
end
with_arg { |x| puts x + 1 }
