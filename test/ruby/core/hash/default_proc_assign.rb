# Hash#default_proc=: a Proc, nil (clears it) or an object with to_proc; anything else is
# a TypeError, and a lambda must take two arguments.
h = Hash.new
h.default_proc = proc { |hh, k| k * 2 }
p h[3], h.default_proc.class
h.default_proc = nil
p h[3], h.default_proc
h.default_proc = ->(hh, k) { k.to_s }
p h[4]
h.default_proc = ->(*a) { a.size }
p h[5]
conv = Object.new
def conv.to_proc = proc { |_, k| [k] }
h.default_proc = conv
p h[6]
[5, "x", ->(k) { k }, ->(a, b, c) { }].each do |v|
  h.default_proc = v
rescue TypeError => e
  p e.message
end
h.default = 9
h.default_proc = proc { 1 }
p h.default
