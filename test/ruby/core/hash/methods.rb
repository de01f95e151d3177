h = { a: 1, b: 2 }
p h.merge({ b: 3, c: 4 })
p h.merge({ b: 3 }) { |key, old, new| old + new }
h2 = h.dup
h2.update(d: 5)
p h2, h
p h.invert, h.key(2), h.key(9)
p h.to_a.flatten
p h.any?, {}.any?
p h.dig(:a), { a: { b: { c: 1 } } }.dig(:a, :b, :c)
p h.values_at(:a, :z), h.fetch_values(:a, :b)
p h.slice(:a), h.except(:a)
p h.filter_map { |k, v| v }
p h.min_by(&:last)
p h.sum { |k, v| v }
p h.compare_by_identity.class
p h.length
p({ a: nil }.compact, { a: 1 }.empty?)
p h.to_h { |k, v| [v, k] }
p h.group_by { |k, v| v.odd? }.keys
p h.entries
p h.include?(:a), h.member?(:b), h.has_value?(2)
p h.delete(:a) { "x" }, h
p h.delete(:zz) { |k| "nf #{k}" }
h3 = { x: 1, y: 2, z: 3 }
h3.delete_if { |k, v| v == 2 }
p h3
h3.keep_if { |k, v| k == :x }
p h3
p h3.store(:w, 0), h3
p Hash[[[1, 2], [3, 4]]], Hash[1, 2, 3, 4] rescue p $!.class
p [[:k, :v]].to_h, { a: 1 }.to_a.to_h
p({ b: 1, a: 2 }.sort.first, { b: 1, a: 2 }.min)
p({ "x" => 1 }.transform_keys(&:to_sym))
p h3.shift, h3
p({ a: 1 } == { a: 1.0 }, { a: 1 }.eql?({ a: 1 }))
p({ a: 1, b: 2 } <= { a: 1, b: 2, c: 3 }) rescue p :no_subset
p({ 1 => 2 }.sum { |k, v| k + v })
