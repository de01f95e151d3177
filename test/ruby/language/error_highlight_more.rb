# error_highlight (CRuby 3.1): constants and op-assign on constants, attributes and
# indexes, calls spread over lines, method bodies, to_s/message/inspect/full_message,
# exceptions raised by hand, re-raised and never raised.
def show
  yield
rescue NameError => e
  puts e.message.sub(/\nDid you mean\?.*\z/m, "")   # did_you_mean is another matter
  puts "--"
end
x = nil
show { X &&= 1 }
show { Object::Y &&= 1 }
show { Z += 1 }
show { ::W += 1 }
show { ::W ||= 1; p ::W }
Object::V = nil
show { Object::V += 1 }
V2 = nil
show { V2 += 1 }
o = Object.new
def o.foo(*) = nil
def o.foo=(v); end
show { o.foo += 1 }
show { o.foo.bar }
show { o.foo().bar }
show { o.foo(
  1).bar }
a = [nil]
show { a[0] += 1 }
show { a[0].zork }
show { a.first.zork }
h = {}
show { h[:a][:b] }
show { h[:a] [:b] }
show { h.fetch(:a) { nil }.size }
show { x.y.z }
show { x.
  y }
show { Integer.sqrtt(4) }
show { Comparable.zork }
show { [].frist }
class Foo
  def initialize; @v = nil; end
  def run = @v.length
  def run2
    @v.
      length
  end
end
show { Foo.new.run }
show { Foo.new.run2 }
show { x.send(:zork) }
show { x.__send__(:zork) }
show { x.public_send(:zork) }
show { [1].each(&:zork) }
show { Kernel.const_get(:Bogus) }
show { raise NoMethodError.new("m", :foo) }
show { e = NameError.new("x"); raise e }
err = NameError.new("unraised")
puts err.message
puts (begin; nil.zork; rescue => e; e; end).full_message(highlight: false)
puts (begin; raise "a\nb"; rescue => e; e; end).full_message(highlight: false)
begin; nil.zork; rescue => e; begin; raise e; rescue => e2; puts e2.message; end; end
begin; nil.zork; rescue => e; begin; raise e.class, e.message; rescue => e2; puts e2.message; end; end
