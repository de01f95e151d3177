def kind(x)
  case x
  when Comparable then "comparable #{x.class}"
  when Enumerable then "enumerable #{x.class}"
  when Kernel then "some object"
  end
end
p kind(1), kind("s"), kind([1]), kind({}), kind(Object.new.then { |o| def o.inspect = "o"; o }).to_s[0, 11]
p Integer === 1, Numeric === 1.0, Comparable === :sym, Enumerable === (1..2), String === String
p Class === String, Module === Kernel, Module === String, Class === Kernel
p Object.new.singleton_class === Object.new
