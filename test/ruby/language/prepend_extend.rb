module Logging
  def work = "log(" + super + ")"
end
class Worker
  prepend Logging
  def work = "working"
end
p Worker.new.work
p Worker.ancestors.take(3)
module Plugin
  def plugged = "plugged into #{self.class}"
end
o = Object.new
o.extend(Plugin)
p o.plugged
p o.singleton_class.include?(Plugin)
p o.is_a?(Plugin)
class Tool
  extend Plugin
end
p Tool.plugged
module Hooked
  def self.included(base) = puts("included in #{base}")
  def self.extended(base) = puts("extended #{base.class}")
  def self.prepended(base) = puts("prepended to #{base}")
end
class A1; include Hooked; end
class A2; prepend Hooked; end
Object.new.extend(Hooked)
class Parent
  def self.inherited(sub)
    puts "#{sub} < #{self}"
    super
  end
end
class ChildA < Parent; end
p A2.ancestors.take(2)
