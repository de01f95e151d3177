# Inside refinements: alias/alias_method of the refined class's methods, private
# refined methods, calling the refined class's private methods, and inspect/to_s called
# from C (p, Array#inspect) not refined while direct calls and interpolation are.
module A
  refine String do
    alias_method :old_len, :length
    alias shout upcase
    def length = old_len + 100
  end
end
using A
p "ab".length, "ab".shout

module B
  refine Integer do
    def inspect = "I"
    def to_s = "S"
  end
end
using B
p 1
p [1]
p 1.inspect
x = 5
p "#{x}"
puts x
p :sym.then { 2.inspect }

class Foo
  def self.make = new
  def inspect = "#<Foo>"
  private def secret = 1
end
module C
  refine Foo do
    def peek = secret
    private def hidden = 2
    def call_hidden = hidden
  end
end
using C
p Foo.make.peek
p Foo.make.call_hidden
begin
  Foo.make.hidden
rescue NoMethodError => e
  puts e.message.lines.first
end
p Foo.make.send(:hidden)
p Foo.make.respond_to?(:hidden)
p Foo.make.respond_to?(:hidden, true)
p Foo.make.public_method(:peek).call
begin
  Foo.make.public_method(:hidden)
rescue NameError => e
  puts e.message.lines.first
end
p Foo.make.method(:hidden).call
p Foo.public_instance_method(:peek).bind_call(Foo.make)
