module Validations
  def self.included(base)
    base.extend(ClassMethods)
    base.instance_variable_set(:@rules, [])
  end
  module ClassMethods
    def validates(field, &rule) = @rules << [field, rule]
    def rules = @rules
  end
  def valid?
    errors.empty?
  end
  def errors
    self.class.rules.reject { |f, rule| rule.call(send(f)) }.map { |f, _| "#{f} is invalid" }
  end
end
class User
  include Validations
  attr_accessor :name, :age
  validates(:name) { |v| v.is_a?(String) && !v.empty? }
  validates(:age) { |v| v.is_a?(Integer) && v >= 0 }
  def initialize(name, age) = (@name, @age = name, age)
end
p User.new("al", 3).valid?
u = User.new("", -1)
p u.valid?, u.errors
p User.rules.size, User.singleton_class.include?(Validations::ClassMethods)
