# Array subclasses: to_ary is self, to_a and shuffle are plain Arrays; the other
# copying methods return Array in 3.x.
class MyA < Array; end
a = MyA[3, 1, 2]
p a.to_ary.class, a.to_ary.equal?(a), a.to_a.class, a.shuffle.class, a.shuffle(random: Random.new(1)).sort
p a.map { _1 }.class, a.select { true }.class, a[0..1].class, a.sort.class, (a + []).class
p a.uniq.class, a.flatten.class, a.rotate.class, a.dup.class, a.sort!.class
