h = { a: 1, b: { c: [10, 20, { d: "deep" }] } }
p h.fetch(:a), h.fetch(:z, :default), h.fetch(:z) { |k| "computed #{k}" }
p h.dig(:b, :c, 2, :d), h.dig(:b, :x, :y), h.dig(:a)
p h.values_at(:a, :z), h.fetch_values(:a)
begin
  h.fetch_values(:a, :q)
rescue KeyError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
p h.key?(:a), h.has_key?(:b), h.include?(:z), h.member?(:a)
p h.value?(1), h.has_value?(2)
p h.key(1), h.key(99)
p h[:b][:c].last[:d].upcase
begin
  h.dig(:a, :b)
rescue TypeError => e
  puts "#{e.class}: #{e.message}"
end
