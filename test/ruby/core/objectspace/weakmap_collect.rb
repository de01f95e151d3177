# ObjectSpace::WeakMap holds keys and values weakly: after GC.start, pairs whose key or
# value was reachable only through the map are gone (a conservative stack scan may keep
# a few, so only "most" is checked), pairs whose members are held elsewhere stay.
def fill(map, n)
  n.times { |i| map[Object.new] = "v#{i}" }
  nil
end

def fill_dead_values(map, keys)
  keys.each { |k| map[k] = Object.new }
  nil
end

w = ObjectSpace::WeakMap.new
fill(w, 10_000)
p w.size <= 10_000
GC.start
p w.size < 5_000

kept_keys = Array.new(100) { Object.new }
kept_values = kept_keys.map { |k| "kept #{k.object_id}" }
kept_keys.zip(kept_values).each { |k, v| w[k] = v }
GC.start
p kept_keys.all? { |k| w.key?(k) }, kept_keys.zip(kept_values).all? { |k, v| w[k].equal?(v) }

v = ObjectSpace::WeakMap.new
held = Array.new(10_000) { Object.new }
fill_dead_values(v, held)
GC.start
p held.count { |k| v.key?(k) } < 5_000
p v.size == held.count { |k| v.key?(k) }, v.keys.size == v.size, v.values.size == v.size

# Immediates never die.
i = ObjectSpace::WeakMap.new
i[1] = :one
i[:two] = 2
i[nil] = true
GC.start
p i.size, i[1], i[:two], i[nil]
p i.each.class rescue p $!.class
