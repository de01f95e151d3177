# Fused instruction pairs (compare + branch, local reads and writes in a row) and
# their fallbacks: mixed Integer/Float/Bignum/NaN operands, non-numeric receivers,
# comparison operators redefined while a loop that uses them is running, and jumps
# landing on the second instruction of a pair. Also blocks given more or fewer
# values than they take.
def count_below(limit)
  i = 0
  n = 0
  while i < limit
    n += 1 if i <= 3 || i >= limit - 2
    i += 1
  end
  n
end
p count_below(10)
p count_below(10.5)
p count_below(2**64 > 0 ? 7 : 0)

def cmp_all(a, b)
  r = []
  r << (a < b ? :lt : :not_lt)
  r << (a <= b ? :le : :not_le)
  r << (a > b ? :gt : :not_gt)
  r << (a >= b ? :ge : :not_ge)
  r << (a == b ? :eq : :not_eq)
  r << :unless_lt unless a < b
  r
end
[[1, 2], [2, 2], [3, 2], [1.5, 2], [2, 1.5], [2.0, 2], [2**70, 3], [3, 2**70],
 [Float::NAN, 1.0], [1.0, Float::NAN], ["a", "b"], [[1], [1]], [nil, nil]].each do |a, b|
  begin
    p [a, b, cmp_all(a, b)]
  rescue NoMethodError, ArgumentError => e
    p [a, b, e.class]
  end
end

# Locals read and written in a row, with a loop whose back edge lands mid-pair.
def shuffle(n)
  a = 1
  b = 2
  c = 3
  k = 0
  begin
    t = a
    a = b
    b = c
    c = t
    k += 1
  end while k < n
  [a, b, c, a + b + c, a * b - c]
end
p shuffle(4)
p shuffle(5)

class Integer
  alias_method :orig_lt, :<
  def <(o)
    $calls += 1
    orig_lt(o)
  end
end
$calls = 0
p count_below(6)
p $calls > 0
class Integer
  alias_method :<, :orig_lt
end
$calls = 0
p count_below(6)
p $calls

class Float
  alias_method :orig_gt, :>
  def >(o) = :always_truthy
end
x = 0.5
hits = 0
3.times { hits += 1 if x > 10.0 }
p hits
class Float
  alias_method :>, :orig_gt
end
p(x > 10.0 ? :yes : :no)

class Integer
  def ==(o) = false
end
p(1 == 1 ? :eq : :ne)
i = 0
i += 1 until i == 3 || i > 5
p i

# Blocks given a different number of values than parameters.
p [[1, 2], [3, 4]].map { |a| a }
p [[1, 2], [3, 4]].map { |a, b| b }
p [1, 2].map { |a, b| [a, b] }
p 3.times.map { 7 }
r = []
{a: 1}.each { |k| r << k }
{a: 1}.each { |k, v, extra| r << [k, v, extra] }
p r
def yield3 = yield(1, 2, 3)
p yield3 { |a| a }
p yield3 { |a, b| [a, b] }
p yield3 { |a, b, c, d| [a, b, c, d] }
p yield3 { 9 }
pr = proc { |a, b| [a, b] }
p pr.call(1)
p pr.call(1, 2, 3)
p pr.call([4, 5])
