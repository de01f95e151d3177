h = { b: 2, a: 1, c: 3 }
h.each { |k, v| print k, "=", v, " " }
puts
h.each_with_index { |(k, v), i| print i, k, v, " " }
puts
p h.map { |k, v| "#{k}#{v}" }
p h.sort.to_h
p h.sort_by { |k, v| -v }.to_h
p h.min_by { |_, v| v }, h.max_by { |_, v| v }
p h.sum { |_, v| v }
p h.to_a
p h.find { |k, v| v > 1 }
p h.select { |k, v| v.odd? }, h.filter_map { |k, v| k if v.odd? }
p h.reject { |k, v| v.odd? }
p h.partition { |k, v| v > 1 }
p h.group_by { |k, v| v.odd? }
p h.each_with_object({}) { |(k, v), acc| acc[v] = k }
p h.inject(0) { |s, (k, v)| s + v }
p h.sort_by { |k, _| k }.map(&:first)
p h.count { |k, v| v > 1 }
p h.any? { |k, v| v > 2 }, h.all? { |k, v| v > 0 }
p h.keys, h.values, h.each_key.to_a, h.each_value.map { |v| v * 10 }
p h.transform_values { |v| v * 100 }, h.transform_keys(&:to_s)
p h.filter_map { |k, v| "#{k}" if v > 1 }
p h.map.with_index { |(k, v), i| [i, k] }
p h.each_slice(2).to_a
p h.zip([1, 2, 3]).first
