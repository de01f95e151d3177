class Counter
  @@count = 0
  def self.inc = @@count += 1
  def count = @@count
end
class SubCounter < Counter
  def self.sub_inc = @@count += 10
end
Counter.inc
SubCounter.sub_inc
p Counter.new.count
p Counter.class_variables
p Counter.class_variable_get(:@@count)
Counter.class_variable_set(:@@other, 5)
p Counter.class_variables.sort
p Counter.class_variable_defined?(:@@count)
p SubCounter.class_variables.sort
class Counter
  @inst = "class-level ivar"
  def self.inst = @inst
end
p Counter.inst
p SubCounter.inst
begin
  class Nope; def self.read = @@missing; end
  Nope.read
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
