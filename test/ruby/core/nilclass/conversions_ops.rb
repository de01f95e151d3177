p nil.to_a, nil.to_h, nil.to_s, nil.to_i, nil.to_f, nil.to_r, nil.to_c rescue p $!.class
p nil.inspect, nil & 1, nil | 1, nil ^ 1, nil ^ nil
p Array(nil), String(nil), Integer(nil, exception: false), [nil].compact, "#{nil}"
p nil.to_a.frozen?, nil.to_s.frozen?
p nil.instance_of?(NilClass), NilClass.instance_method(:to_a).owner
p [nil, 1, nil, 2].map(&:to_i), [nil].first&.zero?
h = { a: nil }
p h.fetch(:a), h.key?(:a), h[:a].nil?, h.compact
