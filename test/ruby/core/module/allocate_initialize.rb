class Thing
  attr_reader :v
  def initialize(v = :set) = @v = v
end
t = Thing.allocate
p t.v, t.class
t.send(:initialize, :late)
p t.v
begin
  Thing.new.initialize
rescue NoMethodError => e
  puts e.message.lines.first.to_s.chomp.sub(/#<Thing.*>/, "a Thing")
end
p Thing.private_instance_methods(false)
class Thing
  def self.new(*args)
    obj = super
    obj.instance_variable_set(:@made_by, :custom_new)
    obj
  end
end
p Thing.new.instance_variable_get(:@made_by), Thing.new(5).v
p Class.new.new.class.class, Class.new(Thing).new(1).v
