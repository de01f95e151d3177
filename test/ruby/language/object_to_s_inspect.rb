class Plain; end
class WithToS
  def to_s = "custom to_s"
end
class WithInspect
  def inspect = "custom inspect"
end
class Both
  def to_s = "both to_s"
  def inspect = "both inspect"
end
o = WithToS.new
puts o, "#{o}"
p o.to_s
w = WithInspect.new
p w, [w]
puts w.inspect
b = Both.new
puts b
p b
puts [b].inspect, "#{[b]}"
p Plain.new.to_s.start_with?("#<Plain"), Plain.new.inspect.start_with?("#<Plain")
p Plain.to_s, Plain.inspect, Plain.name
p nil.to_s, nil.inspect, :s.to_s, :s.inspect, 1.0.to_s, "q".inspect
