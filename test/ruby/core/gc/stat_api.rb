# GC.stat / GC.latest_gc_info / GC.stress / GC.compact / ObjectSpace.count_objects as
# CRuby 3.1: the keys, how the counters move, the argument forms and their errors.
# Values are implementation's, so only their relations are printed.
s = GC.stat
p s.keys.sort
p s.values.all?(Integer)
p GC.stat(:count) == GC.count, GC.stat[:count] == GC.count
before = GC.stat
objs = Array.new(50_000) { Object.new }
GC.start
after = GC.stat
p after[:count] > before[:count], after[:major_gc_count] >= 1
p after[:total_allocated_objects] - before[:total_allocated_objects] >= 50_000
p after[:heap_live_slots] >= 50_000, after[:heap_available_slots] >= after[:heap_live_slots]
p after[:heap_free_slots] + after[:heap_live_slots] <= after[:heap_available_slots] + after[:heap_final_slots]
p after[:total_allocated_objects] - after[:total_freed_objects] >= after[:heap_live_slots] - 100
objs = nil
GC.start
p GC.stat(:total_freed_objects) - after[:total_freed_objects] >= 40_000
into = {}
p GC.stat(into).equal?(into), into.key?(:heap_live_slots)
[1, "count", :nope].each do |arg|
  GC.stat(arg)
rescue => e
  p e.class, e.message
end

info = GC.latest_gc_info
p info.keys.sort, GC.latest_gc_info(:major_by), GC.latest_gc_info(:gc_by)
p GC.latest_gc_info(:immediate_sweep), GC.latest_gc_info(:state)
begin
  GC.latest_gc_info(:nope)
rescue ArgumentError => e
  p e.message
end

p GC.stress, (GC.stress = true), GC.stress
x = Array.new(100) { |i| "s#{i}" }
p x.size
p (GC.stress = false), GC.stress

p GC.disable, GC.disable, GC.enable, GC.enable
p GC.start, GC.start(full_mark: true, immediate_sweep: true)
c = GC.compact
p c.keys, c[:considered].is_a?(Hash), GC.latest_compact_info.keys
p GC.total_time.is_a?(Integer), GC.measure_total_time, GC.auto_compact

counts = ObjectSpace.count_objects
p counts.keys.first(2), counts.values.all?(Integer)
p counts[:TOTAL] >= counts[:FREE] + counts[:T_STRING] + counts[:T_ARRAY]
p counts.key?(:T_OBJECT), counts.key?(:T_CLASS), counts.key?(:T_MODULE), counts.key?(:T_HASH)
p (counts.keys - %i[TOTAL FREE]).all? { |k| k.start_with?("T_") }
h = {}
p ObjectSpace.count_objects(h).equal?(h)
begin
  ObjectSpace.count_objects(1)
rescue TypeError => e
  p e.message
end
