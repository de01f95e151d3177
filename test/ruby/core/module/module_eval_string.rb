class Widget; end
Widget.class_eval <<~RUBY
  def size = 42
  def self.kind = "widget"
RUBY
p Widget.new.size, Widget.kind
Widget.class_eval("def name = 'w'")
p Widget.new.name
%w[red green].each do |c|
  Widget.class_eval("def #{c}? = @color == '#{c}'")
end
w = Widget.new
w.instance_eval("@color = 'red'")
p w.red?, w.green?
p Widget.instance_eval { self }, w.instance_eval { self.class }
r = Widget.module_eval { def extra = :extra; :block_result }
p r, w.extra
Comparable.module_eval { def clamp01 = clamp(0, 1) }
p 5.clamp01, -3.clamp01
