module MathUtil
  module_function
  def square(x) = x * x
  def cube(x) = x * square(x)
end
p MathUtil.square(3), MathUtil.cube(2)
class User
  def inspect = "#<User>"
  include MathUtil
  def calc = cube(3)
end
p User.new.calc
begin
  User.new.square(2)
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
module Cfg
  extend self
  def value = "cfg value"
end
p Cfg.value
module Deep
  def self.helper = "self method"
  class << self
    def other = "class << self"
    private def hidden = "h"
  end
end
p Deep.helper, Deep.other
begin
  Deep.hidden
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
module WithFn
  def pub = "pub"
  module_function :pub
end
p WithFn.pub
p WithFn.respond_to?(:pub), WithFn.instance_method(:pub).owner
p WithFn.private_instance_methods(false)
