class Ghost
  def method_missing(name, *args, &blk)
    if name.to_s.start_with?("get_")
      "got #{name.to_s.sub('get_', '')} #{args.inspect}#{blk ? ' with block' : ''}"
    else
      super
    end
  end
  def respond_to_missing?(name, include_private = false)
    name.to_s.start_with?("get_") || super
  end
  def inspect = "#<Ghost>"
end
g = Ghost.new
p g.get_name
p g.get_x(1, 2) { }
p g.respond_to?(:get_y)
p g.respond_to?(:other)
m = g.method(:get_z)
p m.call
begin
  g.other_thing
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
  p e.name
  p e.args
end
