a = [1, 2, nil, 4]
p a.include?(nil), a.member?(3)
p a.any?, a.all?, a.none?, a.one?
p a.compact.all?(Integer), a.any?(NilClass), a.none?(String)
p [1, 2, 3].one?(2), [1, 2, 2].one?(2)
p [].any?, [].all?, [].none?, [].one?
p (1..5).any? { |x| x > 4 }, (1..5).all? { |x| x > 0 }
p %w[ant bear].all?(/a/), %w[ant bear].any?(/z/)
p({ a: 1 }.any? { |k, v| v > 0 }, {}.all? { false })
