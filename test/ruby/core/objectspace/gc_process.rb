# GC, ObjectSpace and Process basics.
p GC.start, GC.count.is_a?(Integer), GC.stat.key?(:count), GC.stat(:count).is_a?(Integer)
p GC.disable, GC.disable, GC.enable, GC.enable
p ObjectSpace.garbage_collect
class Foo; end
a = Foo.new
b = Foo.new
p ObjectSpace.each_object(Foo).count >= 2, ObjectSpace.each_object(Foo) { }.is_a?(Integer)
p ObjectSpace.count_objects[:TOTAL].is_a?(Integer)
t1 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
t2 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
p t1.is_a?(Float), t2 >= t1
p Process.clock_gettime(Process::CLOCK_MONOTONIC, :millisecond).is_a?(Integer)
p Process.pid.is_a?(Integer), Process.pid > 0
p [a, b].size
