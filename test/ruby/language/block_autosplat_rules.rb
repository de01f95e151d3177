pr = proc { |a, b| [a, b] }
la = lambda { |a, b| [a, b] }
p pr.call([1, 2]), pr.call([1, 2], 3), pr.call(1), pr.call([[1, 2]])
p [[1, 2]].map(&pr)
begin
  [[1, 2]].map(&la)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p proc { |a| a }.call([1, 2]), proc { |a, | a }.call([1, 2]), proc { |*a| a }.call([1, 2])
p proc { |a, *r| [a, r] }.call([1, 2, 3]), proc { |(a, b)| [a, b] }.call([1, 2])
p [[1, [2, 3]]].map { |a, (b, c)| a + b + c }
p [[1, 2], [3, 4]].each_with_index.map { |(a, b), i| a * b + i }
p({ k: :v }.map { |k, v| "#{k}-#{v}" }, { k: :v }.map { |pair| pair })
p [[1, { x: 2 }]].map { |a, h| [a, h] }
p proc { |a, k: 0| [a, k] }.call([1, 2]) rescue p $!.class
def yield_arr = yield([1, 2])
p yield_arr { |a, b| b }, yield_arr { |a| a }
