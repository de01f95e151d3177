# A matrix class with operators, equality, coercion, determinant and inverse (Rational).
class Matrix2
  include Enumerable
  attr_reader :rows

  def self.identity(n) = new(Array.new(n) { |i| Array.new(n) { |j| i == j ? 1 : 0 } })
  def self.[](*rows) = new(rows)

  def initialize(rows)
    raise ArgumentError, "ragged rows" unless rows.map(&:size).uniq.size <= 1
    @rows = rows.map(&:dup).freeze
  end

  def n_rows = rows.size
  def n_cols = rows.first&.size || 0
  def [](i, j) = rows[i][j]
  def each(&b) = rows.flatten.each(&b)
  def square? = n_rows == n_cols

  def +(o) = zip_with(o) { |a, b| a + b }
  def -(o) = zip_with(o) { |a, b| a - b }
  def -@ = map_elems { |x| -x }

  def *(o)
    case o
    when Numeric then map_elems { |x| x * o }
    when Matrix2
      raise ArgumentError, "dimension mismatch #{n_rows}x#{n_cols} * #{o.n_rows}x#{o.n_cols}" unless n_cols == o.n_rows
      cols = o.rows.transpose
      Matrix2.new(rows.map { |r| cols.map { |c| r.zip(c).sum { |a, b| a * b } } })
    else raise TypeError, "can't multiply by #{o.class}"
    end
  end

  def **(k)
    raise ArgumentError, "not square" unless square?
    (1..k).inject(Matrix2.identity(n_rows)) { |acc, _| acc * self }
  end

  def coerce(num) = [Scalar.new(num), self]

  Scalar = Struct.new(:value) do
    def *(m) = m * value
  end

  def transpose = Matrix2.new(rows.transpose)
  def ==(o) = o.is_a?(Matrix2) && rows == o.rows
  alias eql? ==
  def hash = rows.hash

  def determinant
    raise ArgumentError, "not square" unless square?
    return rows[0][0] if n_rows == 1
    rows[0].each_with_index.sum do |x, j|
      minor = Matrix2.new(rows[1..].map { |r| r.reject.with_index { |_, k| k == j } })
      (j.even? ? 1 : -1) * x * minor.determinant
    end
  end

  def inverse
    d = determinant
    raise ZeroDivisionError, "singular matrix" if d == 0
    n = n_rows
    aug = rows.each_with_index.map { |r, i| r.map { |x| Rational(x) } + Matrix2.identity(n).rows[i].map { |x| Rational(x) } }
    n.times do |c|
      pivot = (c...n).find { |r| aug[r][c] != 0 }
      aug[c], aug[pivot] = aug[pivot], aug[c]
      pv = aug[c][c]
      aug[c] = aug[c].map { |x| x / pv }
      n.times do |r|
        next if r == c
        f = aug[r][c]
        aug[r] = aug[r].zip(aug[c]).map { |a, b| a - f * b }
      end
    end
    Matrix2.new(aug.map { |r| r[n..].map { |x| x.denominator == 1 ? x.to_i : x } })
  end

  def to_s
    w = rows.flatten.map { |x| x.to_s.size }.max
    rows.map { |r| "| " + r.map { |x| x.to_s.rjust(w) }.join(" ") + " |" }.join("\n")
  end
  def inspect = "Matrix2#{rows.inspect}"

  private

  def map_elems = Matrix2.new(rows.map { |r| r.map { |x| yield x } })

  def zip_with(o)
    raise ArgumentError, "dimension mismatch" unless [n_rows, n_cols] == [o.n_rows, o.n_cols]
    Matrix2.new(rows.zip(o.rows).map { |r1, r2| r1.zip(r2).map { |a, b| yield a, b } })
  end
end

a = Matrix2[[1, 2], [3, 4]]
b = Matrix2[[0, 1], [1, 0]]
puts a + b, "", a - b, "", a * b, "", -a
p a * 2, 3 * a
p a.transpose, a ** 3
p a.determinant, Matrix2[[2, 0, 1], [1, 3, 2], [1, 1, 1]].determinant
inv = a.inverse
p inv
p a * inv == Matrix2.identity(2)
p a.sum, a.max, a.sort.reverse, a.include?(4)
p({ a => "a" }[Matrix2[[1, 2], [3, 4]]])
puts Matrix2[[10, -2], [3, 400]]
[-> { a * Matrix2[[1, 2, 3]] }, -> { Matrix2[[1, 2], [2, 4]].inverse }, -> { a * "x" },
 -> { Matrix2[[1], [2, 3]] }, -> { Matrix2[[1, 2, 3]] ** 2 }].each do |l|
  l.call
rescue ArgumentError, ZeroDivisionError, TypeError => e
  puts "#{e.class}: #{e.message}"
end
