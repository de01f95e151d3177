# WeakRef does not keep its object alive: after GC.start most refs to otherwise
# unreachable objects are dead (a conservative stack scan may keep a few); a dead ref's
# weakref_alive? is nil and any call raises WeakRef::RefError. Refs to objects held
# elsewhere stay alive, and true/false/nil never die.
require "weakref"

def make_refs(n) = Array.new(n) { |i| WeakRef.new("str #{i}") }

refs = make_refs(10_000)
GC.start
dead = refs.reject(&:weakref_alive?)
p dead.size > 5_000
d = dead.first
p d.weakref_alive?
begin
  d.__getobj__
rescue WeakRef::RefError => e
  p e.class, e.message, e.class.superclass
end
begin
  d.upcase
rescue WeakRef::RefError => e
  p e.message
end

held = Array.new(100) { |i| "held #{i}" }
live = held.map { |s| WeakRef.new(s) }
GC.start
p live.all?(&:weakref_alive?), live.map(&:upcase) == held.map(&:upcase)
p live.first.__getobj__.equal?(held.first)

p [true, false, nil].map { |x| r = WeakRef.new(x); GC.start; [r.weakref_alive?, r.__getobj__] }
p WeakRef.new(42).then { |r| GC.start; [r.weakref_alive?, r + 1] }
