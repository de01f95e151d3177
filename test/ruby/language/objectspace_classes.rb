class TrackedA; end
class TrackedB < TrackedA; end
class TrackedC < TrackedB; end
subs = ObjectSpace.each_object(Class).select { |k| k < TrackedA }
p subs.map(&:name).sort
p TrackedA.subclasses rescue p :nosub
n = ObjectSpace.each_object(Class) { |k| }
p n.is_a?(Integer)
mods = ObjectSpace.each_object(Module).select { |m| m.name == "Comparable" }
p mods
