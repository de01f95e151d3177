$counter = 0
def bump
  $counter += 1
end
3.times { bump }
p $counter
p $undefined_global
p defined?($counter)
class Box
  def set(v); @v = v; end
  def get; @v; end
end
b = Box.new
p b.get
b.set(5)
p b.get
p b.instance_variables
p b.instance_variable_get(:@v)
b.instance_variable_set(:@w, 9)
p b.instance_variables
p b.instance_variable_defined?(:@w)
p b.instance_variable_defined?(:@z)
