def fib(n)
  if n < 2
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end
puts fib(10)
def fact(n) = n <= 1 ? 1 : n * fact(n - 1)
puts fact(10)
