# matrix: Matrix and Vector, immutable-by-convention numeric matrices and vectors:
# construction (Matrix[], rows, columns, build, identity, zero, diagonal, scalar,
# empty, vstack/hstack), element access, arithmetic with numbers, vectors and matrices
# (+, -, *, /, ** with integer powers), determinant (exact for Integers: Bareiss),
# inverse (Gauss-Jordan with the largest pivot; Integers give Rationals), rank, trace,
# minors and cofactors, and CRuby's to_s/inspect formats and ExceptionForMatrix errors.
module ExceptionForMatrix
  class ErrDimensionMismatch < StandardError
    def initialize(message = "Dimension mismatch")
      super
    end
  end

  class ErrNotRegular < StandardError
    def initialize(message = "Not Regular Matrix")
      super
    end
  end

  class ErrOperationNotDefined < StandardError
    def initialize(op = nil, left = nil, right = nil)
      op.is_a?(Array) && (op, left, right = op)
      super(left ? "Operation(#{op}) can't be defined: #{left} op #{right}" : op || "Operation not defined")
    end
  end

  class ErrOperationNotImplemented < StandardError
    def initialize(op = nil, left = nil, right = nil)
      super(left ? "Sorry, Operation(#{op}) not implemented: #{left} op #{right}" : op || "Operation not implemented")
    end
  end
end

class Matrix
  include Enumerable
  include ExceptionForMatrix

  # An operator whose right operand is neither number, Vector nor Matrix: asks it to
  # coerce and applies the operator to what it returns.
  module CoercionHelper
    private

    def __coerced(obj, op)
      left, right = obj.coerce(self)
    rescue StandardError
      raise TypeError, "#{obj.inspect} can't be coerced into #{self.class}"
    else
      left.public_send(op, right)
    end
  end
  include CoercionHelper

  VERSION = "0.4.2"
  SELECTORS = {all: true, diagonal: true, off_diagonal: true, lower: true, strict_lower: true,
               strict_upper: true, upper: true}.freeze

  attr_reader :column_count
  alias column_size column_count

  # --- construction ---

  def self.[](*rows)
    self.rows(rows, false)
  end

  def self.rows(rows, copy = true)
    rows = rows.map { |row| __array(row, copy) }
    width = rows.first&.size || 0
    rows.each do |row|
      raise ErrDimensionMismatch, "row size differs (#{row.size} should be #{width})" unless row.size == width
    end
    new(rows, width)
  end

  def self.columns(columns)
    rows(columns, false).transpose
  end

  def self.build(row_count, column_count = row_count)
    row_count = Integer(row_count)
    column_count = Integer(column_count)
    raise ArgumentError if row_count < 0 || column_count < 0
    return to_enum(:build, row_count, column_count) unless block_given?
    rows = Array.new(row_count) { |i| Array.new(column_count) { |j| yield i, j } }
    new(rows, column_count)
  end

  def self.diagonal(*values)
    n = values.size
    return empty if n == 0
    new(Array.new(n) { |i| Array.new(n) { |j| i == j ? values[i] : 0 } }, n)
  end

  def self.scalar(n, value)
    diagonal(*Array.new(n, value))
  end

  def self.identity(n)
    scalar(n, 1)
  end

  class << self
    alias unit identity
    alias I identity
  end

  def self.zero(row_count, column_count = row_count)
    new(Array.new(row_count) { Array.new(column_count, 0) }, column_count)
  end

  def self.row_vector(row)
    new([__array(row)], row.size)
  end

  def self.column_vector(column)
    new(__array(column).map { |e| [e] }, 1)
  end

  def self.empty(row_count = 0, column_count = 0)
    raise ArgumentError, "One size must be 0" if column_count != 0 && row_count != 0
    raise ArgumentError, "Negative size" if column_count < 0 || row_count < 0
    new([[]] * row_count, column_count)
  end

  def self.vstack(x, *matrices)
    rows = x.send(:rows).map(&:dup)
    matrices.each do |m|
      raise TypeError, "Expected a Matrix, got a #{m.class}" unless m.is_a?(Matrix)
      unless m.column_count == x.column_count
        raise ErrDimensionMismatch, "The given matrices must have #{x.column_count} columns, but one has #{m.column_count}"
      end
      rows.concat(m.send(:rows).map(&:dup))
    end
    new(rows, x.column_count)
  end

  def self.hstack(x, *matrices)
    rows = x.send(:rows).map(&:dup)
    width = x.column_count
    matrices.each do |m|
      raise TypeError, "Expected a Matrix, got a #{m.class}" unless m.is_a?(Matrix)
      unless m.row_count == x.row_count
        raise ErrDimensionMismatch, "The given matrices must have #{x.row_count} rows, but one has #{m.row_count}"
      end
      rows.each_with_index { |row, i| row.concat(m.send(:rows)[i]) }
      width += m.column_count
    end
    new(rows, width)
  end

  def self.__array(obj, copy = false)
    a = obj.is_a?(Vector) ? obj.to_a : Array(obj)
    copy ? a.dup : a
  end

  def initialize(rows, column_count = rows[0]&.size || 0)
    @rows = rows
    @column_count = column_count
  end
  private_class_method :new

  def vstack(*matrices) = Matrix.vstack(self, *matrices)
  def hstack(*matrices) = Matrix.hstack(self, *matrices)

  # --- access ---

  def [](i, j)
    row = i.is_a?(Integer) && i >= -row_count && i < row_count ? @rows[i] : nil
    row && row[j]
  end
  alias element []
  alias component []

  def []=(i, j, value)
    raise FrozenError, "can't modify frozen Matrix" if frozen?
    @rows[i][j] = value
  end

  def row_count = @rows.size
  alias row_size row_count

  def row(i, &block)
    return nil unless (r = @rows[i])
    block ? r.each(&block) && self : Vector.elements(r)
  end

  def column(j)
    return nil if j >= column_count || j < -column_count
    col = @rows.map { |r| r[j] }
    return Vector.elements(col, false) unless block_given?
    col.each { |e| yield e }
    self
  end

  def row_vectors = Array.new(row_count) { |i| row(i) }
  def column_vectors = Array.new(column_count) { |j| column(j) }
  def to_a = @rows.map(&:dup)
  def to_matrix = self

  def each(which = :all)
    return to_enum(:each, which) unless block_given?
    each_with_index(which) { |e, _, _| yield e }
    self
  end

  def each_with_index(which = :all)
    return to_enum(:each_with_index, which) unless block_given?
    raise ArgumentError, "expected #{which.inspect} to be one of :all, :diagonal, :off_diagonal, :lower, :strict_lower, :strict_upper or :upper" unless SELECTORS.key?(which)
    @rows.each_with_index do |row, i|
      row.each_with_index do |e, j|
        yield e, i, j if __selected?(which, i, j)
      end
    end
    self
  end

  def map(which = :all, &block)
    return to_enum(:map, which) unless block
    rows = @rows.each_with_index.map do |row, i|
      row.each_with_index.map { |e, j| __selected?(which, i, j) ? block.call(e) : e }
    end
    new_matrix(rows, column_count)
  end
  alias collect map

  def map!(which = :all)
    return to_enum(:map!, which) unless block_given?
    raise FrozenError, "can't modify frozen Matrix" if frozen?
    each_with_index(which) { |e, i, j| @rows[i][j] = yield e }
    self
  end
  alias collect! map!

  def minor(*args)
    case args.size
    when 2
      row_range, col_range = args
      from_row = row_range.first
      from_row += row_count if from_row < 0
      to_row = row_range.end
      to_row += row_count if to_row < 0
      to_row += 1 unless row_range.exclude_end?
      size_row = to_row - from_row
      from_col = col_range.first
      from_col += column_count if from_col < 0
      to_col = col_range.end
      to_col += column_count if to_col < 0
      to_col += 1 unless col_range.exclude_end?
      size_col = to_col - from_col
    when 4
      from_row, size_row, from_col, size_col = args
      return nil if size_row < 0 || size_col < 0
      from_row += row_count if from_row < 0
      from_col += column_count if from_col < 0
    else
      raise ArgumentError, args.inspect
    end
    return nil if from_row > row_count || from_col > column_count || from_row < 0 || from_col < 0
    rows = @rows[from_row, size_row].map { |row| row[from_col, size_col] }
    new_matrix(rows, [column_count - from_col, size_col].min)
  end

  def first_minor(row, column)
    raise RuntimeError, "first_minor of empty matrix is not defined" if empty?
    raise ArgumentError, "invalid row (#{row.inspect} for 0..#{row_count - 1})" unless row.between?(0, row_count - 1)
    raise ArgumentError, "invalid column (#{column.inspect} for 0..#{column_count - 1})" unless column.between?(0, column_count - 1)
    rows = to_a
    rows.delete_at(row)
    rows.each { |r| r.delete_at(column) }
    new_matrix(rows, column_count - 1)
  end

  def cofactor(row, column)
    raise RuntimeError, "cofactor of empty matrix is not defined" if empty?
    raise ErrDimensionMismatch unless square?
    det = first_minor(row, column).determinant
    (row + column).even? ? det : -det
  end

  def adjugate
    raise ErrDimensionMismatch unless square?
    Matrix.build(row_count, column_count) { |row, column| cofactor(column, row) }
  end

  # --- properties ---

  def empty? = column_count == 0 || row_count == 0
  def square? = column_count == row_count
  def real? = all? { |e| e.respond_to?(:real?) ? e.real? : true }
  def zero? = all?(&:zero?)
  def regular? = !singular?
  def singular? = determinant == 0

  def symmetric?
    raise ErrDimensionMismatch unless square?
    each_with_index(:strict_upper).all? { |e, i, j| e == @rows[j][i] }
  end

  def diagonal?
    raise ErrDimensionMismatch unless square?
    each(:off_diagonal).all?(&:zero?)
  end

  def upper_triangular? = each(:strict_lower).all?(&:zero?)
  def lower_triangular? = each(:strict_upper).all?(&:zero?)

  # --- comparison ---

  def ==(other)
    other.is_a?(Matrix) && rows == other.rows && column_count == other.column_count
  end

  def eql?(other)
    other.is_a?(Matrix) && rows.eql?(other.rows) && column_count == other.column_count
  end

  def hash = @rows.hash

  # --- arithmetic ---

  def *(m)
    case m
    when Numeric
      new_matrix(@rows.map { |row| row.map { |e| e * m } }, column_count)
    when Vector
      (self * Matrix.column_vector(m)).column(0)
    when Matrix
      raise ErrDimensionMismatch if column_count != m.row_count
      other = m.send(:rows)
      rows = @rows.map do |row|
        Array.new(m.column_count) do |j|
          (0...column_count).inject(0) { |sum, k| sum + row[k] * other[k][j] }
        end
      end
      new_matrix(rows, m.column_count)
    else
      __coerced(m, :*)
    end
  end

  def +(m) = __entrywise(m, :+)
  def -(m) = __entrywise(m, :-)

  def /(other)
    case other
    when Numeric
      new_matrix(@rows.map { |row| row.map { |e| e / other } }, column_count)
    when Matrix
      self * other.inverse
    else
      __coerced(other, :/)
    end
  end

  def hadamard_product(m)
    raise ErrDimensionMismatch unless m.is_a?(Matrix) && m.row_count == row_count && m.column_count == column_count
    other = m.send(:rows)
    new_matrix(@rows.each_with_index.map { |row, i| row.each_with_index.map { |e, j| e * other[i][j] } }, column_count)
  end
  alias entrywise_product hadamard_product

  def **(exp)
    case exp
    when Integer
      raise ErrDimensionMismatch unless square?
      return Matrix.identity(column_count) if exp == 0
      base = exp < 0 ? inverse : self
      exp = exp.abs
      result = nil
      loop do
        result = result ? result * base : base if exp.odd?
        exp >>= 1
        return result if exp.zero?
        base *= base
      end
    else
      raise ErrOperationNotImplemented.new("**", self.class, exp.class)
    end
  end

  def +@ = self
  def -@ = collect(&:-@)
  def abs = collect(&:abs)

  def determinant
    raise ErrDimensionMismatch unless square?
    m = @rows
    case row_count
    when 0 then +1
    when 1 then +m[0][0]
    when 2 then +m[0][0] * m[1][1] - m[0][1] * m[1][0]
    when 3
      a, b, c = m
      +a[0] * b[1] * c[2] - a[0] * b[2] * c[1] - a[1] * b[0] * c[2] +
        a[1] * b[2] * c[0] + a[2] * b[0] * c[1] - a[2] * b[1] * c[0]
    else
      __bareiss
    end
  end
  alias det determinant

  def inverse
    raise ErrDimensionMismatch unless square?
    n = row_count
    a = to_a
    inv = Array.new(n) { |i| Array.new(n) { |j| i == j ? 1 : 0 } }
    n.times do |k|
      pivot_row = (k...n).max_by { |i| [a[i][k].abs, -i] }
      raise ErrNotRegular if a[pivot_row][k] == 0
      a[k], a[pivot_row] = a[pivot_row], a[k]
      inv[k], inv[pivot_row] = inv[pivot_row], inv[k]
      pivot = a[k][k]
      n.times do |i|
        next if i == k
        q = a[i][k].quo(pivot)
        a[i][k] = 0
        (k + 1...n).each { |j| a[i][j] -= a[k][j] * q }
        n.times { |j| inv[i][j] -= inv[k][j] * q }
      end
      (k + 1...n).each { |j| a[k][j] = a[k][j].quo(pivot) }
      n.times { |j| inv[k][j] = inv[k][j].quo(pivot) }
    end
    new_matrix(inv, n)
  end
  alias inv inverse

  def rank
    a = to_a
    last_column = column_count - 1
    last_row = row_count - 1
    pivot_row = 0
    previous_pivot = 1
    0.upto(last_column) do |k|
      switch_row = (pivot_row..last_row).find { |row| a[row][k] != 0 }
      next unless switch_row
      a[switch_row], a[pivot_row] = a[pivot_row], a[switch_row] unless pivot_row == switch_row
      pivot = a[pivot_row][k]
      (pivot_row + 1).upto(last_row) do |i|
        ai = a[i]
        (k + 1).upto(last_column) do |j|
          ai[j] = (pivot * ai[j] - ai[k] * a[pivot_row][j]) / previous_pivot
        end
      end
      pivot_row += 1
      previous_pivot = pivot
    end
    pivot_row
  end

  def trace
    raise ErrDimensionMismatch unless square?
    (0...column_count).inject(0) { |sum, i| sum + @rows[i][i] }
  end
  alias tr trace

  def transpose
    return self.class.empty(column_count, 0) if row_count.zero?
    new_matrix(@rows.transpose, row_count)
  end
  alias t transpose

  def round(ndigits = 0) = map { |e| e.round(ndigits) }

  def coerce(other)
    case other
    when Numeric then [Scalar.new(other), self]
    else raise TypeError, "#{self.class} can't be coerced into #{other.class}"
    end
  end

  def freeze
    @rows.each(&:freeze).freeze
    super
  end

  # --- conversion ---

  def to_s
    return "#{self.class}.empty(#{row_count}, #{column_count})" if empty?
    "#{self.class}[" + @rows.map { |row| "[" + row.map(&:to_s).join(", ") + "]" }.join(", ") + "]"
  end

  def inspect
    return "#{self.class}.empty(#{row_count}, #{column_count})" if empty?
    "#{self.class}#{@rows.inspect}"
  end

  # A number on the left of an operator with a Matrix or Vector (from coerce).
  class Scalar < Numeric
    include ExceptionForMatrix

    def initialize(value)
      @value = value
    end

    def +(other) = __op(other, :+)
    def -(other) = __op(other, :-)

    def *(other)
      case other
      when Vector, Matrix then other.collect { |e| @value * e }
      else Scalar.new(@value * other)
      end
    end

    def /(other)
      case other
      when Vector then raise ErrOperationNotDefined.new("/", @value.class, other.class)
      when Matrix then self * other.inverse
      else Scalar.new(@value / other)
      end
    end

    def **(other)
      case other
      when Vector, Matrix then raise ErrOperationNotDefined.new("**", @value.class, other.class)
      else Scalar.new(@value**other)
      end
    end

    private

    def __op(other, op)
      case other
      when Vector, Matrix then raise ErrOperationNotDefined.new(op.to_s, @value.class, other.class)
      else Scalar.new(@value.send(op, other))
      end
    end
  end

  protected

  attr_reader :rows

  private

  def new_matrix(rows, column_count)
    self.class.send(:new, rows, column_count)
  end

  def __selected?(which, i, j)
    case which
    when :all then true
    when :diagonal then i == j
    when :off_diagonal then i != j
    when :lower then i >= j
    when :strict_lower then i > j
    when :strict_upper then i < j
    when :upper then i <= j
    end
  end

  def __entrywise(m, op)
    case m
    when Numeric
      raise ErrOperationNotDefined.new(op.to_s, self.class, m.class)
    when Vector
      m = Matrix.column_vector(m)
    when Matrix
    else
      return __coerced(m, op)
    end
    raise ErrDimensionMismatch unless row_count == m.row_count && column_count == m.column_count
    other = m.send(:rows)
    rows = @rows.each_with_index.map { |row, i| row.each_with_index.map { |e, j| e.send(op, other[i][j]) } }
    new_matrix(rows, column_count)
  end


  # The determinant by fraction-free elimination (exact for Integers).
  def __bareiss
    n = row_count
    a = to_a
    sign = +1
    pivot = 1
    n.times do |k|
      previous_pivot = pivot
      if (pivot = a[k][k]) == 0
        swap = (k + 1...n).find { |row| a[row][k] != 0 }
        return 0 unless swap
        a[swap], a[k] = a[k], a[swap]
        pivot = a[k][k]
        sign = -sign
      end
      (k + 1...n).each do |i|
        ai = a[i]
        (k + 1...n).each { |j| ai[j] = (pivot * ai[j] - ai[k] * a[k][j]) / previous_pivot }
      end
    end
    sign * pivot
  end
end

class Vector
  include Enumerable
  include ExceptionForMatrix
  include Matrix::CoercionHelper

  class ZeroVectorError < StandardError
  end

  def self.[](*array)
    new(array)
  end

  def self.elements(array, copy = true)
    new(Matrix.__array(array, copy))
  end

  def self.basis(size:, index:)
    raise ArgumentError, "invalid size (#{size} for 1..)" if size < 1
    raise ArgumentError, "invalid index (#{index} for 0...#{size})" unless (0...size).cover?(index)
    new(Array.new(size) { |i| i == index ? 1 : 0 })
  end

  def self.zero(size)
    raise ArgumentError, "invalid size (#{size} for 0..)" if size < 0
    new(Array.new(size, 0))
  end

  def self.independent?(*vs)
    vs.each do |v|
      raise TypeError, "expected Vector, got #{v.class}" unless v.is_a?(Vector)
      raise ErrDimensionMismatch unless v.size == vs.first.size
    end
    return false if vs.size > vs.first.size
    Matrix[*vs].rank.eql?(vs.size)
  end

  def initialize(array)
    @elements = array
  end
  private_class_method :new

  def independent?(*vs) = self.class.independent?(self, *vs)

  def [](i, length = nil)
    length ? @elements[i, length] : @elements[i]
  end
  alias element []
  alias component []

  def []=(i, value)
    raise FrozenError, "can't modify frozen Vector" if frozen?
    @elements[i] = value
  end

  def size = @elements.size

  def each(&block)
    return to_enum(:each) unless block
    @elements.each(&block)
    self
  end

  def each2(v)
    raise TypeError, "Integer is not like Vector" if v.is_a?(Integer)
    raise ErrDimensionMismatch if size != v.size
    return to_enum(:each2, v) unless block_given?
    size.times { |i| yield @elements[i], v[i] }
    self
  end

  def collect2(v)
    raise TypeError, "Integer is not like Vector" if v.is_a?(Integer)
    raise ErrDimensionMismatch if size != v.size
    return to_enum(:collect2, v) unless block_given?
    Array.new(size) { |i| yield @elements[i], v[i] }
  end

  def map(&block)
    return to_enum(:map) unless block
    self.class.elements(@elements.map(&block), false)
  end
  alias collect map

  def map2(v, &block)
    return to_enum(:map2, v) unless block
    self.class.elements(collect2(v, &block), false)
  end

  def *(x)
    case x
    when Numeric then self.class.elements(@elements.map { |e| e * x }, false)
    when Matrix then Matrix.column_vector(self) * x
    when Vector then raise ErrOperationNotDefined.new("*", self.class, x.class)
    else __coerced(x, :*)
    end
  end

  def +(v) = __entrywise(v, :+)
  def -(v) = __entrywise(v, :-)

  def /(x)
    case x
    when Numeric then self.class.elements(@elements.map { |e| e / x }, false)
    when Matrix, Vector then raise ErrOperationNotDefined.new("/", self.class, x.class)
    else __coerced(x, :/)
    end
  end

  def +@ = self
  def -@ = collect(&:-@)

  def inner_product(v)
    raise ErrDimensionMismatch if size != v.size
    sum = 0
    size.times { |i| sum += @elements[i] * v[i] }
    sum
  end
  alias dot inner_product

  def cross_product(*vs)
    raise ErrOperationNotDefined, "cross product is not defined on vectors of dimension #{size}" unless size >= 2
    raise ArgumentError, "wrong number of arguments (#{vs.size} for #{size - 2})" unless vs.size == size - 2
    vs.each { |v| raise ErrDimensionMismatch unless v.size == size }
    raise ErrOperationNotImplemented.new("cross_product", self.class, "#{size} dimensions") if size != 3
    v = vs[0]
    a = @elements
    Vector[a[1] * v[2] - a[2] * v[1], a[2] * v[0] - a[0] * v[2], a[0] * v[1] - a[1] * v[0]]
  end
  alias cross cross_product

  def magnitude
    Math.sqrt(@elements.inject(0) { |sum, e| sum + e.abs2 })
  end
  alias r magnitude
  alias norm magnitude

  def normalize
    n = magnitude
    raise ZeroVectorError, "Zero vectors can not be normalized" if n == 0
    self / n
  end

  def angle_with(v)
    raise TypeError, "Expected a Vector, got a #{v.class}" unless v.is_a?(Vector)
    raise ErrDimensionMismatch if size != v.size
    prod = magnitude * v.magnitude
    raise ZeroVectorError, "Can't get angle of zero vector" if prod == 0
    dot = inner_product(v)
    if dot.abs >= prod
      dot.positive? ? 0 : Math::PI
    else
      Math.acos(dot / prod)
    end
  end

  def zero? = @elements.all?(&:zero?)
  def round(ndigits = 0) = map { |e| e.round(ndigits) }
  def to_a = @elements.dup
  def to_matrix = Matrix.column_vector(self)
  def covector = Matrix.row_vector(self)

  def ==(other)
    other.is_a?(Vector) && @elements == other.elements
  end

  def eql?(other)
    other.is_a?(Vector) && @elements.eql?(other.elements)
  end

  def hash = @elements.hash

  def coerce(other)
    case other
    when Numeric then [Matrix::Scalar.new(other), self]
    else raise TypeError, "#{self.class} can't be coerced into #{other.class}"
    end
  end

  def freeze
    @elements.freeze
    super
  end

  def to_s = "Vector[" + @elements.join(", ") + "]"
  def inspect = "Vector" + @elements.inspect

  protected

  attr_reader :elements

  private

  def __entrywise(v, op)
    case v
    when Vector
      raise ErrDimensionMismatch if size != v.size
      self.class.elements(Array.new(size) { |i| @elements[i].send(op, v[i]) }, false)
    when Matrix
      Matrix.column_vector(self).send(op, v)
    else
      __coerced(v, op)
    end
  end

end
