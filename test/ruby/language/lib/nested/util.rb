require_relative "../mathx"
module Util
  def self.sum_squares(*xs) = xs.sum { |x| MathX.square(x) }
end
