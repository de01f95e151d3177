# The line of a call whose arguments span lines is the line the call starts on (caller, backtraces).
def foo(*a) = caller(1,1)[0]
p foo(1,
  2)
p foo 1,
  2
p(foo(
1))
x = [1].map { |v|
  foo(v,
   2)
}
p x
p [1,
 2].then { foo }
p(
  foo
)
p foo(1) {
}
y = 3
  .then { foo(
    1) }
p y
p(
  1.then do
    foo
  end)
