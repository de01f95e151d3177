p GC.start
p GC.respond_to?(:start), GC.respond_to?(:count)
p GC.count.is_a?(Integer)
data = Array.new(1000) { |i| "x" * i }
data = nil
p GC.start.nil?
p ObjectSpace.respond_to?(:garbage_collect)
