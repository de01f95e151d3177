def run_proc
  pr = proc { return :from_proc }
  pr.call
  :after_proc
end
def run_lambda
  l = -> { return :from_lambda }
  l.call
  :after_lambda
end
p run_proc
p run_lambda
def yielder = yield
def via_block
  yielder { return :early }
  :late
end
p via_block
l = ->(a, b) { [a, b] }
begin
  l.call(1)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
pr = proc { |a, b| [a, b] }
p pr.call(1)
p pr.(1, 2, 3)
p pr.call([7, 8])
p ->(x) { x }.call([1, 2])
def make_orphan = proc { return 1 }
orphan = make_orphan
def call_it(pr) = pr.call
begin
  call_it(orphan)
rescue LocalJumpError => e
  puts "#{e.class}: #{e.message}"
end
nx = proc { next 5; 6 }
p nx.call
add = ->(a, b, c) { a + b + c }
p add.curry[1][2][3]
p add.curry.(1).(2, 3)
is_even = ->(n) { n.even? }
case 4
when is_even then puts "even via ==="
end
p is_even === 3
compose = method(:p) << ->(x) { x * 2 }
sq = ->(x) { x * x }
inc = ->(x) { x + 1 }
p (sq >> inc).call(3)
p (sq << inc).call(3)
