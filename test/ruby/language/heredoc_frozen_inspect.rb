# frozen_string_literal: true
s = "lit"
p s.frozen?, "a#{1}b".frozen?, String.new("x").frozen?, s.dup.frozen?, (+s).frozen?, (-"y").frozen?
begin; s << "x"; rescue => e; p e.class, e.message; end
a = <<~EOS
  indented
    more
  back
EOS
p a
b = <<-EOS.upcase
    keep indent
    EOS
p b
c = <<~'RAW'
  no #{interp} \n here
RAW
p c
d = [<<~ONE, <<~TWO]
  first
ONE
  second
TWO
p d
def m(x, y) = "#{x}|#{y}"
p m(<<~A, "after")
  heredoc arg
A
e = <<~EOS
  line1

  line3
EOS
p e
f = <<~EOS
    deeper
  shallow
	tab
EOS
p f
x = [1, 2]
x << x
p x, x.inspect
h = { a: 1 }
h[:self] = h
p h
s2 = Struct.new(:me).new
s2.me = s2
puts s2.inspect.gsub(/0x\h+/, "XX")
class Node; def initialize; @self = self; @v = 1; end; end
puts Node.new.inspect.gsub(/0x\h+/, "XX")
err = RuntimeError.new("boom")
p err.full_message(highlight: false)
begin
  raise ArgumentError, "bad"
rescue => e
  puts e.full_message(highlight: false, order: :top).lines.first.sub(/:\d+:/, ":N:")
  p e.detailed_message rescue p :no_detailed
end
p [1, [2, [3, [4]]]].flatten(1), { b: 1, a: 2 }.sort.to_h, %w[x y].each_with_index.to_h
p :"foo bar", :"a=", :[]=, :+, :"9x", "é".inspect, "\e\0\x7f".inspect, "tab\there"
