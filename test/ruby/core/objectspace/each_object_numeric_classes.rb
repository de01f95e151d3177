# Every core class is one object: ObjectSpace sees Rational and Complex once each, and
# the class of a Rational literal is the constant's class.
p ObjectSpace.each_object(Class).select { _1 < Numeric }.map(&:name).sort
p ObjectSpace.each_object(Class).group_by(&:name).select { |k, v| k && v.size > 1 }.keys
p (1/3r).class.equal?(Rational), Complex(1, 2).class.equal?(Complex), 2.to_c.class
p Rational.instance_method(:numerator).owner, Complex.instance_method(:real).owner
p Math.sqrt(4), (Math.sqrt(Complex(-4)) rescue $!.class), (-8) ** (1.0 / 3)
