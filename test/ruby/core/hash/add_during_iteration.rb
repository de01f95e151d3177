# Adding a key while iterating raises; updating or deleting existing keys is fine.
h = { a: 1, b: 2 }
begin
  h.each { |k, v| h[:"#{k}2"] = v }
rescue RuntimeError => e
  puts "#{e.class}: #{e.message}"
end
p h
h.each { |k, v| h[k] = v * 10 }
p h
h.each_key { |k| h.delete(k) if k == :a }
p h
h[:c] = 3
p h.count { |k, v| v > 5 }, h.count, h.any? { |k, v| v == 3 }, h.max_by(&:last)
p h.min_by { |_, v| v }, h.sum([]), h.find { |k, v| v == 3 }
p h.each_with_index.map { |(k, v), i| [k, v, i] }
p h.group_by { |k, v| v.odd? }, h.partition { |k, v| v > 5 }
p h.sort_by { |k, v| -v }.to_h, h.filter_map { |k, v| k if v > 5 }
p h.each_with_object([]) { |(k, v), acc| acc << k }, h.reduce(0) { |s, (k, v)| s + v }
