def show
  yield
  puts "no error"
rescue Exception => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
class Foo; def inspect = "#<Foo>"; def bar(a) = a; def baz(a, b = 1) = a; def kw(k:) = k; end
show { nil.upcase }
show { 5.upcase }
show { Foo.new.zork }
show { Foo.zork }
show { Foo.new.bar }
show { Foo.new.bar(1, 2) }
show { Foo.new.baz }
show { Foo.new.baz(1, 2, 3) }
show { Foo.new.kw }
show { Foo.new.kw(k: 1, j: 2) }
show { Foo.new.kw(1) }
show { 1 / 0 }
show { Integer("x") }
show { [1].fetch(3) }
show { { a: 1 }.fetch(:b) }
show { :sym.unknown }
show { undefined_local_or_method }
show { UndefinedConst }
show { "a" + 1 }
show { 1 + "a" }
show { [1] + nil }
show { "x".freeze << "y" }
show { [].freeze << 1 }
show { raise "plain message" }
show { raise IOError }
show { [1, 2].first("x") }
show { Float("1.2.3") }
show { :a <=> 1; [:a, 1].sort }
show { Hash.new(1) { } }
show { [].each_slice(0) }
show { "abc".center }
show { Object.new.instance_variable_get("bad") }
show { Struct.new(:a).new(1, 2) }
show { loop { raise StopIteration }; raise "after loop" }
show { Comparable.new }
show { Class.new.new(1) }
show { throw :t }
show { def m(a:, b:) = 1; m }
show { -> (x) {}.call }
