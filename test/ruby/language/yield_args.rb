def y1 = yield(1, 2)
def y_arr = yield([1, 2])
def y_none = yield
def y_many = yield(1, 2, 3)
y1 { |a| p a }
y1 { |a, b| p [a, b] }
y1 { |a, b, c| p [a, b, c] }
y1 { |*a| p a }
y_arr { |a| p a }
y_arr { |a, b| p [a, b] }
y_arr { |a, | p a }
y_arr { |*a| p a }
y_none { |a| p a }
y_many { |a, *b| p [a, b] }
y_many { |a, (b, c)| p [a, b, c] }
def y_nest = yield(1, [2, 3])
y_nest { |a, (b, c)| p [a, b, c] }
def y_kw = yield(1, k: 2)
y_kw { |a, k:| p [a, k] }
def y_h = yield({ a: 1 })
y_h { |h| p h }
[[1, [2, 3]]].each { |a, (b, c)| p a + b + c }
{ x: 1 }.each { |k, v| p [k, v] }
{ x: 1 }.map { |pair| p pair }
p [1, 2, 3].each_with_object([]) { |x, acc| acc << x * 2 }
def pass_through(&b) = [1, 2].map(&b)
p pass_through { |x| x + 1 }
