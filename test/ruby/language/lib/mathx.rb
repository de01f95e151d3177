module MathX
  def self.square(x) = x * x
end
