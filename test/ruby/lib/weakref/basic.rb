require 'weakref'
w = WeakRef.new("abc")
p w.weakref_alive?, w.size, w.class, w.__getobj__, w.upcase
p WeakRef::RefError.ancestors[0, 3]
p w.inspect, w == "abc", w.to_s
p WeakRef.instance_methods(false).sort
p WeakRef.superclass
a = WeakRef.new([3, 1, 2])
p a.sort, a.map { |x| x * 2 }, a.respond_to?(:each), a.is_a?(WeakRef)
