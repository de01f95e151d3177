class Tracker
  def self.method_added(name)
    puts "added #{name}"
  end
  def one; end
  def two; end
  attr_reader :three
end
class Base
  @subs = []
  def self.inherited(k)
    super
    (@subs ||= []) << k.name
  end
  def self.subs = @subs
end
class S1 < Base; end
class S2 < Base; end
p Base.subs
module Counted
  def self.included(base)
    base.extend(ClassMethods)
  end
  module ClassMethods
    def count = @count ||= 0
    def bump = @count = count + 1
  end
end
class Widget
  include Counted
end
Widget.bump
Widget.bump
p Widget.count
class Object
  def self.const_missing(n) = "missing #{n}"
end
p Anything
class Object
  class << self
    remove_method :const_missing
  end
end
begin
  Anything2
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
obj = Object.new
def obj.singleton_method_added(n) = (puts "singleton added #{n}" unless n == :singleton_method_added)
def obj.fresh; end
