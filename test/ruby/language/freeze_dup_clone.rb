class Thing
  attr_accessor :name, :tags
  def initialize(n) = (@name, @tags = n, [])
  def inspect = "#<Thing #{name} #{tags}>"
  def initialize_copy(src)
    super
    @tags = src.tags.dup
  end
end
t = Thing.new("a")
t.tags << :x
d = t.dup
d.tags << :y
p t, d
def t.special = "singleton"
c = t.clone
p c.special
begin
  t.dup.special
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
t = Thing.new("f")
t.freeze
p t.frozen?, t.clone.frozen?, t.dup.frozen?
begin
  t.name = "b"
rescue FrozenError => e
  puts "#{e.class}: #{e.message}"
end
p t.clone(freeze: false).frozen?
s = "str"
p s.dup.equal?(s)
a = [[1], [2]]
b = a.dup
b[0] << 99
p a
p 1.dup, :s.clone, nil.dup
o = Object.new.freeze
begin
  o.instance_variable_set(:@x, 1)
rescue => e
  puts e.class
end
