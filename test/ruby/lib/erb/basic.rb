require 'erb'

name = "World"
items = ["a", "b & c", "<d>"]
t = ERB.new("Hello, <%= name %>!\n<% items.each do |i| %>* <%= i %>\n<% end %>done <%# hidden %>100%% <%% raw %>\n")
puts t.result(binding)

t2 = ERB.new(<<~T, trim_mode: "-")
  <%- items.each do |i| -%>
    - <%= ERB::Util.html_escape(i) %>
  <%- end -%>
  end
T
puts t2.result(binding)

t3 = ERB.new("<% if true %>\nyes\n<% end %>\nafter\n", trim_mode: "<>")
puts t3.result
t4 = ERB.new("<% 2.times do |x| %>\nx=<%= x %>\n<% end %>\n", trim_mode: ">")
puts t4.result(binding)
t5 = ERB.new("% 3.times do |n|\nline <%= n %>\n% end\n%% literal\n", trim_mode: "%")
puts t5.result(binding)
puts ERB.new("a=<%= a %>, b=<%= b %>").result_with_hash(a: 1, b: [2])
include ERB::Util
p h("<a href='x'>&</a>"), url_encode("a b&c/é")

class Page
  def initialize(title) = @title = title
  def render = ERB.new("<h1><%= @title %></h1>").result(binding)
end
p Page.new("Hi").render
x = 5
p ERB.new("<%= x * 2 %>").result(binding)
