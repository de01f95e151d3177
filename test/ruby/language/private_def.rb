class Svc
  def inspect = "#<Svc>"
  def run = "#{step1}-#{step2}"
  private def step1 = "one"
  private def step2
    "two"
  end
  private
  attr_reader :hidden_attr
  public
  def initialize = @hidden_attr = 5
  def peek = hidden_attr
end
s = Svc.new
p s.run
p s.peek
%i[step1 step2 hidden_attr].each do |m|
  begin
    s.public_send(m)
  rescue NoMethodError => e
    puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
  end
end
module Helpers
  module_function
  def util = "util"
end
p Helpers.util
class UsesHelpers
  include Helpers
  def go = util
end
p UsesHelpers.new.go
p UsesHelpers.new.respond_to?(:util)
class Svc
  private_class_method def self.factory = new
end
begin
  Svc.factory
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
