# Numeric's own methods for a subclass that defines only +, -, *, /, <=> and coerce-free
# conversions: div/modulo/divmod/remainder/fdiv/quo, floor/ceil/round/truncate through
# to_f, numerator/denominator through to_r, eql?, <=>, finite?, clone.
class Dec < Numeric
  attr_reader :v
  def initialize(v) = @v = v
  def +(o) = Dec.new(v + val(o))
  def -(o) = Dec.new(v - val(o))
  def *(o) = Dec.new(v * val(o))
  def /(o) = Dec.new(v / val(o).to_f)
  def <(o) = v < val(o)
  def >(o) = v > val(o)
  def ==(o) = v == val(o)
  def floor = v.floor
  def to_f = v.to_f
  def to_r = v.to_r
  def to_s = "Dec(#{v})"
  def inspect = to_s
  private def val(o) = o.is_a?(Dec) ? o.v : o
end
d = Dec.new(7)
p d.div(2), d.modulo(2), d % 2, d.divmod(2), d.remainder(-2), Dec.new(-7).remainder(2)
p d.fdiv(2), d.quo(2.0), d.magnitude, d.abs
p Dec.new(2.5).round, Dec.new(2.5).round(half: :even), Dec.new(2.567).round(1), Dec.new(2.5).ceil, Dec.new(-2.5).truncate
p Dec.new(0.75).numerator, Dec.new(0.75).denominator
p d.eql?(Dec.new(7)), d.eql?(7), d <=> d, d <=> Dec.new(7), d.finite?, d.infinite?
p d.dup.equal?(d), d.clone.equal?(d), d.integer?, d.zero?, d.positive?
begin
  d.div(0)
rescue ZeroDivisionError => e
  p e.message
end
begin
  d.clone(freeze: false)
rescue ArgumentError => e
  p e.message
end
p Complex(1r / 2, 1r / 3).numerator, Complex(1r / 2, 1r / 3).denominator, Complex(3, 4).denominator
p %i[< <= > >= between? clamp % ceil div divmod floor i modulo negative? positive? remainder round step truncate].select { |m| Complex(1, 2).respond_to?(m) }
p 1.0.coerce(2), 1.coerce(2.5), Float::RADIX, Float::MANT_DIG, Float::MIN_EXP, Float::MAX_EXP, Float::MIN_10_EXP, Float::MAX_10_EXP
