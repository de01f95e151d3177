# Array#sum: the Integer fast path and every way out of it (overflow into Bignum,
# Floats after Integers, a non-Integer init, a block, non-numbers, a subclass each).
p [].sum, [1, 2, 3].sum, [1, 2, 3].sum(10), [-5, 5].sum(-1)
big = 2**62
p [big, big].sum, [big, big, -big].sum, [4611686018427387903, 1].sum, [-4611686018427387904, -1].sum
p [1, 2, 0.5].sum, [0.1] * 3 == [0.1, 0.1, 0.1], ([0.1] * 10).sum, [1, 0.1, 0.2].sum
p [1, 2].sum(0.0), [1, 2].sum(1r), [1, 2].sum(2**70), [1, 2.5r].sum
p [1, 2, 3].sum { |x| x * 2 }, [[1], [2]].sum([]), ["a", "b"].sum("")
begin
  ["a"].sum
rescue TypeError => e
  p e.class, e.message
end
class TwoEach < Array
  def each
    yield 100
    yield 200
  end
end
p TwoEach[1, 2].sum
p (1..100000).to_a.sum, (1..100000).to_a.each_slice(3).map(&:sum).last(2)
