# objspace: memsize_of grows with what an object holds (sizes are the implementation's,
# so only their relations are shown), immediates are 0, count_objects_size and
# memsize_of_all add them up; nothing of it exists before require "objspace".
p ObjectSpace.respond_to?(:memsize_of)
require "objspace"
p [1, nil, true, :sym, 1.5].map { |v| ObjectSpace.memsize_of(v) }
small = "a" * 10
big = "a" * 10_000
p ObjectSpace.memsize_of(big) > 10_000, ObjectSpace.memsize_of(small) < ObjectSpace.memsize_of(big)
p ObjectSpace.memsize_of(Array.new(1000, 1)) > 8000, ObjectSpace.memsize_of([]) > 0
h = (1..100).to_h { |i| [i, i] }
p ObjectSpace.memsize_of(h) > ObjectSpace.memsize_of({})
p ObjectSpace.memsize_of(2**10_000) > 1000, ObjectSpace.memsize_of(Object.new) > 0
sizes = ObjectSpace.count_objects_size
p sizes.key?(:TOTAL), sizes[:T_STRING] > 0, sizes[:TOTAL] >= sizes[:T_STRING] + sizes[:T_ARRAY]
p ObjectSpace.memsize_of_all(String) > 10_000, ObjectSpace.memsize_of_all > ObjectSpace.memsize_of_all(String)
into = {}
p ObjectSpace.count_objects_size(into).equal?(into)
begin
  ObjectSpace.count_objects_size(1)
rescue TypeError => e
  puts "#{e.class}: #{e.message}"
end
begin
  ObjectSpace.memsize_of_all(1)
rescue TypeError => e
  puts "#{e.class}: #{e.message}"
end
