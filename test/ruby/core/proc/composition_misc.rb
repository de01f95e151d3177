up = :upcase.to_proc
rev = ->(s) { s.reverse }
p (up >> rev).call("abc")
p (rev << up).call("xyz")
p up.call("q")
h = { a: 1, b: 2 }
p [:a, :b, :c].map(&h)
sq = proc { |x| x * x }
p sq === 3
p sq.yield(4)
p sq.to_proc.equal?(sq)
p Proc.new { |x| x }.call(1, 2)
l = lambda(&sq) rescue nil
p sq.lambda?
def takes_block(&b) = b
p takes_block(&sq).equal?(sq)
p [1, 2, 3].map(&2.method(:*))
p proc { |**kw| kw }.call(a: 1)
p proc { |a, b = 5| [a, b] }.call(1)
p ->(*) { :anon_splat }.call(1, 2)
p proc { |(a, b), c| [a, b, c] }.call([1, 2], 3)
p proc { :noargs }.call(1, 2, 3)
p ->() { :strict }.call
begin
  ->() {}.call(1)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p proc { |x| x }.inspect.include?("Proc")
