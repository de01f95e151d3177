# ERB's output variable may be an instance variable (eoutvar: "@out"): the template runs in
# a copy of TOPLEVEL_BINDING, so Binding#dup must keep self, the scope and its locals.
# The positional trim_mode/eoutvar arguments still work, with 3.1's warnings.
require 'erb'
require 'stringio'

puts ERB.new("<%= 1 + 1 %>!", eoutvar: "@out").result
p defined?(@out)
b = binding
x = 5
c = b.dup
p c.receiver.equal?(self), c.local_variable_get(:x), c.eval("x * 2")
c.local_variable_set(:y, 1)
p c.local_variable_defined?(:y), b.local_variable_defined?(:y)
c.local_variable_set(:x, 6)
p x
p b.clone.eval("self").equal?(self)
class Page
  def initialize; @title = "T"; end
  def render; ERB.new("<h1><%= @title %></h1>").result(binding.dup); end
end
puts Page.new.render

err = StringIO.new
$stderr = err
e = ERB.new("<% 2.times do |i| -%>\n<%= i %>\n<% end -%>\n", nil, "-", "@buf")
$stderr = STDERR
puts e.result
puts err.string.gsub(/^.*?:\d+: /, "")
