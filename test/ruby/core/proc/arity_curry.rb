procs = {
  "proc {}" => proc {},
  "proc { |x| }" => proc { |x| },
  "proc { |x, y| }" => proc { |x, y| },
  "proc { |*a| }" => proc { |*a| },
  "proc { |x, *a| }" => proc { |x, *a| },
  "lambda { }" => lambda {},
  "->(x) {}" => ->(x) {},
  "->(x, y = 1) {}" => ->(x, y = 1) {},
  "->(*a, b) {}" => ->(*a, b) {},
  "->(k:) {}" => ->(k:) {},
  "->(k: 1) {}" => ->(k: 1) {},
  "->(x, k:) {}" => ->(x, k:) {},
  "->(&b) {}" => ->(&b) {},
}
procs.each { |src, pr| puts "#{src.ljust(18)} arity=#{pr.arity} lambda=#{pr.lambda?}" }
p ->(x, y = 1, *z, k:, &b) {}.parameters
p proc { |x, (y, z)| }.parameters
add3 = ->(a, b, c) { a + b + c }
c = add3.curry
p c[1][2][3], c.(1, 2).(3), c.(1).(2, 3)
p c.arity
vp = proc { |*a| a.sum }.curry(3)
p vp[1][2][3]
begin
  ->(a) {}.curry(2)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
m = 2.method(:+).curry
p m[3]
p proc { |a, b| [a, b] }.curry[1][2]
