h = { a: 1, b: 2 }
begin
  h.each { |k, v| h[:new] = 3 }
rescue RuntimeError => e
  puts "#{e.class}: #{e.message}"
end
p h
h.each { |k, v| h[k] = v * 10 }
p h
out = []
h.each_key { |k| out << k }
h.each_value { |v| out << v }
p out
p h.each_pair.to_a
p h.keys.each { |k| h.delete(k) if k == :a }
p h
