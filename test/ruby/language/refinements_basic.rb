# Refinements: a refined method is seen after `using` by ordinary calls, send/__send__/
# public_send, &:sym, respond_to?, method objects and string interpolation; super reaches
# the refined class's method.
class Greeter
  def hello = "hello"
  def to_s = "a greeter"
  def inspect = "#<Greeter>"
end

module Loud
  refine Greeter do
    def hello = super.upcase + "!"
    def wave = "*waves*"
    def to_s = "a loud greeter"
  end
  refine String do
    def shout = upcase + "!"
    def length = super * 10
  end
end

g = Greeter.new
p g.hello
p g.respond_to?(:wave)
p defined?(g.wave)
puts "#{g}"
begin
  g.wave
rescue NoMethodError => e
  puts e.message.lines.first.chomp
end

using Loud
p g.hello
p g.wave
p "abc".shout
p "abc".length
p g.send(:wave)
p g.__send__(:hello)
p g.public_send(:wave)
p %w[a b].map(&:shout)
p g.respond_to?(:wave)
p defined?(g.wave)
p g.then { defined?(_1.wave) }
p g.method(:wave).call
p g.method(:wave).owner == Greeter
p Greeter.instance_method(:wave).bind(g).call
puts "#{g} / #{g.to_s}"
puts g            # puts calls to_s from C: not refined
p Module.used_modules
p Greeter.instance_methods(false).sort
p Greeter.method_defined?(:wave)
