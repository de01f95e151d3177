p [1, 2, 3].map { _1 * 10 }
p [[1, 2], [3, 4]].map { _1 + _2 }
p [[1, 2], [3, 4]].map { _1 }
p %w[a b].each_with_index.map { "#{_2}:#{_1}" }
p (1..3).select { _1.odd? }
l = -> { _1 * 2 }
p l.call(4)
p l.arity
p proc { [_1, _2] }.arity
h = { a: 1 }
p h.map { "#{_1}=#{_2}" }
