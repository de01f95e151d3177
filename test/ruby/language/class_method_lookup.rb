class Parent
  def self.create = "#{name}.create"
  def self.base_only = "base only in #{self}"
end
class Kid < Parent
  def self.create = super + " (kid)"
end
p Parent.create, Kid.create, Kid.base_only
p Kid.singleton_class.superclass == Parent.singleton_class
p Kid.respond_to?(:base_only)
module Ext
  def ext = "ext on #{self}"
end
Parent.extend(Ext)
p Kid.ext
p Kid.singleton_methods.sort, Kid.singleton_methods(false)
