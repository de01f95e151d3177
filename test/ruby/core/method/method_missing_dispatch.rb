class Proxy < BasicObject
  def initialize(target) = @target = target
  def method_missing(name, *args, &blk)
    ::Kernel.puts "-> #{name}(#{args.map(&:inspect).join(', ')})"
    @target.__send__(name, *args, &blk)
  end
  def respond_to_missing?(name, priv = false) = @target.respond_to?(name, priv)
end
pr = Proxy.new([3, 1, 2])
p pr.sort
p pr.map { |x| x * 2 }
p pr.push(9).size
p pr.size
class Dyn
  def method_missing(name, *args)
    return "dyn_#{name}" if name.end_with?("_x")
    super
  end
  def respond_to_missing?(name, include_private = false) = name.end_with?("_x") || super
  def inspect = "#<Dyn>"
end
d = Dyn.new
p d.foo_x, d.respond_to?(:bar_x), d.respond_to?(:bar)
p d.method(:baz_x).call
begin
  d.nope
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
