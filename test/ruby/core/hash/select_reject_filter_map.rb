h = { a: 1, b: 2, c: 3, d: 4 }
p h.select { |k, v| v.even? }, h.filter { |k, v| k == :a }
p h.reject { |k, v| v > 2 }
p h.filter_map { |k, v| k if v.odd? }
p h.find { |k, v| v > 2 }, h.find_all { |k, v| v > 2 }
p h.partition { |k, v| v < 3 }
p h.count { |k, v| v.odd? }
p h.min_by { |k, v| -v }, h.sort_by { |k, v| -v }.first
h2 = h.dup
p h2.select! { |k, v| v > 1 }, h2.select! { true }
p h2.reject! { |k, v| v == 2 }, h2
p h.slice(:a, :c, :zz), h.except(:b, :d)
p h.any? { |k, v| v > 3 }, h.all? { |k, v| v > 0 }, h.none? { |k, v| v > 9 }
