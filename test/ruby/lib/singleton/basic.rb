require 'singleton'

class Registry
  include Singleton
  attr_reader :items

  def initialize
    @items = []
  end
end

a = Registry.instance
a.items << 1
p Registry.instance.equal?(a), Registry.instance.items
begin
  Registry.new
rescue NoMethodError => e
  p e.message.lines.first.chomp
end
begin
  a.dup
rescue TypeError => e
  p e.message.lines.first.chomp
end
begin
  a.clone
rescue TypeError => e
  p e.message.lines.first.chomp
end
class SubRegistry < Registry; end
p SubRegistry.instance.equal?(Registry.instance), SubRegistry.instance.class
begin
  Module.new { include Singleton }
rescue TypeError => e
  p e.message[0, 40]
end
