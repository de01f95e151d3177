module Plugin; end
class PA; include Plugin; end
class PB; include Plugin; end
class PC; end
found = ObjectSpace.each_object(Class).select { |c| c.include?(Plugin) }.map(&:name).sort
p found
p ObjectSpace.each_object(Class).include?(PC)
count = 0
ObjectSpace.each_object(Class) { |c| count += 1 if c == PA }
p count
p ObjectSpace.respond_to?(:garbage_collect)
p ObjectSpace.each_object(Class).to_a.include?(String)
p ObjectSpace.each_object(Module).to_a.include?(Kernel)
e = ObjectSpace.each_object(Class)
p e.class
