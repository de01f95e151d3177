# Random is CRuby's MT19937: the same seed gives the same floats, integers, ranges,
# bytes, shuffles and samples as CRuby 3.1.
r = Random.new(42); p r.bytes(8).unpack("V2")
p Random.new(42).rand
p Random.new(42).rand(1.0..2.0)
p Random.new(2**32+5).rand == Random.new(5).rand, Random.new(-5).rand == Random.new(5).rand
p Random.new(2**32+5).rand, Random.new(2**64+7).rand
p (Random.new(3).rand(0.0) rescue $!)
p (Random.new(3).rand(0) rescue $!)
p (Random.new(3).rand(-1) rescue $!)
p Random.new(1).bytes(7).bytes
p Random.new(5).rand(2**70), Random.new(5).rand(2**64), Random.new(5).rand(2**40)
p Random.new(5).rand(1.5..1.5), (Random.new(5).rand(1.5...1.5) rescue $!)
p (Random.new(5).rand(-2.0..Float::INFINITY) rescue $!)
r = Random.new(1234)
p 10.times.map { r.rand(10) }, r.rand(1..6), r.rand(1...6), r.rand(1.5), r.rand(2.5..3.5), r.rand(2.5...3.5)
p r.rand(-5..5), r.rand(10**30), r.rand(2**32), r.rand(2**32 - 1), r.rand(2**31)
srand(7); a = [rand, rand(100), rand(1..3)]; srand(7); p a == [rand, rand(100), rand(1..3)], a
p srand(99), srand(1)
p Random.rand.class, Random.new(9).seed, Random.new(2**100).seed
p [1, 2, 3, 4, 5, 6, 7, 8].shuffle(random: Random.new(3))
p (1..20).to_a.sample(random: Random.new(3)), (1..20).to_a.sample(2, random: Random.new(3)), (1..20).to_a.sample(3, random: Random.new(3))
p (1..20).to_a.sample(5, random: Random.new(3)), (1..20).to_a.sample(15, random: Random.new(3)), (1..20).to_a.sample(30, random: Random.new(3))
p (1..100).to_a.sample(11, random: Random.new(8))
srand(5); p [1,2,3].shuffle, [1,2,3,4].sample, rand(3.7)
p Random.new(3) == Random.new(3), Random.new(3) == Random.new(4)
x = Random.new(10); x.rand; y = x.dup; p x.rand == y.rand
p Random::DEFAULT rescue p $!
p Random.new(5).rand(Rational(3, 2)), (Random.new(5).rand("x") rescue $!)
p Random.new(5).random_number(10), Random.new(5).random_number
srand(11); p Random.rand(5), Random.bytes(3).bytes, Random.seed
p (rand(nil)).class, Random.new_seed.class, Random.new.seed.bit_length <= 128
srand(2024)
p rand(-3.5), Kernel.rand(10), Random.rand(1.0), rand(0).class
big = (1..1000).to_a
p big.sample(20, random: Random.new(77)), big.shuffle(random: Random.new(77)).first(10)
p [].sample(random: Random.new(1)), [].sample(3, random: Random.new(1)), [5].sample(random: Random.new(1))
begin
  [1, 2].sample(-1)
rescue ArgumentError => e
  p e.message
end
class FakeGen
  def rand(n) = n - 1
end
p [1, 2, 3, 4].shuffle(random: FakeGen.new), [1, 2, 3, 4].sample(random: FakeGen.new)
class BadGen
  def rand(n) = n
end
begin
  [1, 2, 3].shuffle(random: BadGen.new)
rescue RangeError => e
  p e.message
end
r = Random.new(31337)
p Array.new(5) { r.rand(0.5..0.75) }, r.rand(10**20..10**20 + 5), r.rand(-1.0...1.0)
