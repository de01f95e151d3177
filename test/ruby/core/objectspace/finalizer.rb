# ObjectSpace.define_finalizer/undefine_finalizer: argument checks, the [0, proc] result,
# and finalizers of live objects running at exit after the at_exit handlers.
o = Object.new
ret = ObjectSpace.define_finalizer(o, proc { |id| puts "finalized #{id == $keep_id}" })
$keep_id = o.object_id
$keep = o
p ret.size, ret[0], ret[1].class
gone = Object.new
ObjectSpace.define_finalizer(gone) { puts "never: undefined" }
p ObjectSpace.undefine_finalizer(gone).equal?(gone)
callable = Object.new
def callable.call(_id) = puts("callable finalizer")
$keep2 = Object.new
p ObjectSpace.define_finalizer($keep2, callable)[1].equal?(callable)
ObjectSpace.undefine_finalizer($keep2)
[-> { ObjectSpace.define_finalizer(o, :x) }, -> { ObjectSpace.define_finalizer(1, proc {}) },
 -> { ObjectSpace.define_finalizer(:s, proc {}) }, -> { ObjectSpace.define_finalizer("x".freeze, proc {}) },
 -> { ObjectSpace.define_finalizer(Object.new) }].each do |l|
  l.call
rescue ArgumentError, FrozenError => e
  p [e.class, e.message]
end
at_exit { puts "at_exit handler" }
puts "end of program"
