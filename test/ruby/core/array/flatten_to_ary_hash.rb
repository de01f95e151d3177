# Array#flatten flattens objects with to_ary; flatten!(0) changes nothing and returns nil;
# a recursive array has a hash.
o = Object.new
def o.to_ary = [1, 2]
p [[3, 4]].concat([o]).flatten, [o, [o]].flatten(1).size
p [1, [2, 3]].flatten!(0), [1, [2, 3]].flatten(0), [1, [2]].flatten!, [1, 2].flatten!
a = [1]
a << a
p a.hash.class, a.hash == a.hash, a == a, a.inspect
begin
  a.flatten
rescue ArgumentError => e
  p e
end
