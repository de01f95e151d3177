require 'pp'
a = (1..40).to_a
pp a
h = {name: "x" * 30, list: (1..20).map { |i| "item#{i}" }, nested: {a: [1, 2, {b: "c" * 50}], d: nil}}
pp h
puts h.pretty_inspect
puts PP.pp([[1, 2] * 20, {k: 1}], +"", 30)
S = Struct.new(:a, :b)
pp S.new((1..30).to_a, "s" * 70)
class Foo; def initialize; @a = (1..30).to_a; @b = "bar" * 20; end; end
puts Foo.new.pretty_inspect.sub(/0x\h+/, "X")
pp 1, "two", :three
p(pp)
x = pp({z: 1})
p x
puts [1, [2, [3, [4, [5] * 10] * 3]]].pretty_inspect
puts PP.singleline_pp({a: (1..50).to_a}, +"")
require 'set'
pp Set.new(1..40)
pp 1.0, nil, 2**80, 1r/3, Object, (1..2)
s = Set[1, 2]
s << s
pp s
pp Set[]
class MySet < Set; end
pp MySet.new(1..30)
pp [Set[1, 2], Set["a" * 40, "b" * 40]]
