def each_pair_custom
  yield :a, 1
  yield [:b, 2]
  yield :c
end
each_pair_custom { |k, v| p [k, v] }
each_pair_custom { |x| p x }
each_pair_custom { |*all| p all }
def yield_hash = yield({ k: 1 })
yield_hash { |h| p h }
yield_hash { |k:| p k } rescue p $!.class
def yield_splat(arr) = yield(*arr)
yield_splat([1, 2, 3]) { |a, b, c| p a + b + c }
def counter
  return enum_for(:counter) unless block_given?
  yield 1
  yield 2
end
p counter.to_a, counter { }
