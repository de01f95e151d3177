h = { a: 1, b: 2 }
p h.transform_values { |v| v * 10 }, h.transform_keys(&:to_s)
p h.transform_keys(a: :x), h.transform_keys({ a: :x }) { |k| k.to_s } rescue p :x
p h.invert, { a: 1, b: 1 }.invert
p h.to_a, h.to_a.transpose
p h.map { |k, v| [v, k] }.to_h, h.to_h { |k, v| [k.to_s, v.to_f] }
p h.sum { |k, v| v }, h.keys.map(&:to_s).join
h2 = h.dup
h2.transform_values!(&:to_s)
p h2
h2.transform_keys!(&:upcase)
p h2
p h.group_by { |k, v| v.odd? }.transform_values(&:to_h)
