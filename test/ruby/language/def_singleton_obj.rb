class Registry
  @items = []
  def self.add(x) = @items << x
  def self.items = @items
end
Registry.add(1)
Registry.add(2)
p Registry.items
logger = Object.new
class << logger
  def log(msg) = (@lines ||= []) << msg
  def lines = @lines
end
logger.log("a")
logger.log("b")
p logger.lines
def logger.size = lines.size
p logger.size
p logger.singleton_methods.sort
p Registry.singleton_methods.sort
module Fn; end
def Fn.call(x) = x * 2
p Fn.call(4)
str = +"x"
str.define_singleton_method(:twice) { self * 2 }
p str.twice
