# bigdecimal/math: BigMath.sqrt and BigMath.PI to a number of digits.
require "bigdecimal"

module BigMath
  module_function

  def sqrt(x, prec)
    x.sqrt(prec)
  end

  # Machin's formula, 16 * atan(1/5) - 4 * atan(1/239), to +prec+ digits.
  def PI(prec)
    raise ArgumentError, "Zero or negative precision for PI" if prec <= 0
    scale = 10**(prec + 10)
    atan_inv = lambda do |k|
      sum = term = scale / k
      n = 1
      sign = -1
      while term.nonzero?
        term /= k * k
        sum += sign * term / (2 * n + 1)
        sign = -sign
        n += 1
      end
      sum
    end
    pi = 16 * atan_inv.call(5) - 4 * atan_inv.call(239)
    BigDecimal(pi).div(scale, prec)
  end
end
