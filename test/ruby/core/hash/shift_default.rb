# Hash#shift of an empty hash returns its default (CRuby 3.1), the default proc called
# with a nil key.
p Hash.new(5).shift, {}.shift, Hash.new { |h, k| "default for #{k.inspect}" }.shift
h = {a: 1}
p h.shift, h.shift, h
