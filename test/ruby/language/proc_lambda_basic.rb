sq = lambda { |x| x * x }
p sq.call(4)
p sq.(5)
p sq[6]
pr = proc { |a, b| [a, b] }
p pr.call(1)
p pr.call(1, 2, 3)
p pr.call([4, 5])
l = ->(a, b = 2) { a + b }
p l.call(1)
p l.lambda?
p pr.lambda?
p sq.arity
p pr.arity
p l.arity
p proc { |*a| a }.arity
p proc { || }.arity
p proc { }.arity
begin
  sq.call(1, 2)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p Proc.new { 1 }.call
