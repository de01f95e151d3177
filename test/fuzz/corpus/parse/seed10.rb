2.5e-2
`ls #{d}`
foo(1) { |x| x }
2 ** 3 ** 2
if a then b else c end
def self.f; end
foo { || }
x => [a, b]
