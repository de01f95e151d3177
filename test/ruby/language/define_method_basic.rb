class Dyn
  %w[red green blue].each_with_index do |color, i|
    define_method("#{color}?") { @color == color }
    define_method("#{color}_index") { i }
  end
  define_method(:set) { |c| @color = c; self }
  define_method(:args) { |a, b = 2, *r, k: 0, &blk| [a, b, r, k, blk&.call] }
  def inspect = "#<Dyn #{@color}>"
end
d = Dyn.new.set("green")
p d.green?, d.red?
p d.blue_index
p d.args(1)
p d.args(1, 3, 4, k: 5) { :b }
p Dyn.instance_methods(false).sort
Dyn.send(:define_method, :late) { "late #{@color}" }
p d.late
m = 10.method(:+)
Dyn.define_method(:from_proc, &->(x) { x * 3 })
p d.from_proc(4)
begin
  d.from_proc
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
obj = Object.new
obj.define_singleton_method(:solo) { "solo" }
p obj.solo
