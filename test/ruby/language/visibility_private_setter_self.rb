class Thermo
  def initialize = self.temp = 20
  def warm = self.temp += 5
  def reading = temp
  def inspect = "#<Thermo>"
  private
  attr_accessor :temp
end
t = Thermo.new
t.warm
p t.reading
begin
  t.temp = 1
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
class Thermo
  def self_getter = self.temp
end
p t.self_getter
