p %w[apple Banana cherry].map(&:upcase), %w[b a].sort_by(&:to_s)
p [[1, 2], [3, 4]].map(&:first), [1, 2, 3].select(&:odd?), [1, 2, 3].inject(&:+)
up = :upcase.to_proc
p up.call("x"), up.arity, up.lambda?
begin
  up.call
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p %i[c a b].sort, :a <=> :b, :b <=> :a, :a <=> "a", :a == "a", :a.to_s == "a"
p %i[apple banana].min_by(&:length), :abc.size
h = { "k" => 1 }
p h.keys.map(&:to_sym)
