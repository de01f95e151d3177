class MathUtil
  def self.double(x)
    x * 2
  end
end
puts MathUtil.double(21)
