# Recursive Fibonacci: method calls, integer arithmetic, comparisons.
def fib(n)
  if n < 2
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end

# fib(32) alone takes ~0.25 s under CRuby 3.1; run it ten times.
r = 0
10.times { r = fib(32) }
puts r
