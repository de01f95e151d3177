# error_highlight: the code snippet and ^^^ marker CRuby 3.1 appends to the messages
# of NameError/NoMethodError, per kind of call: method calls, safe navigation, index,
# operators, attribute and index assignment, op-assign, constants, bare names, calls
# made by natives (send, const_get), and where nothing is added (eval, non-ASCII lines).
def show
  yield
rescue NameError => e
  puts e.message.sub(/\nDid you mean\?.*\z/m, "")   # did_you_mean is another matter
  puts "--"
end

x = nil
show { x.foo }
show { x.foo(1, 2) }
show { x .  foo }
show { (x).foo }
show { x[1] }
show { x[ 1 , 2 ] }
show { x[] }
show { x + 1 }
show { -x }
show { !x.foo }
show { x.bar = 1 }
show { x[1] = 2 }
show { x[] = 2 }
show { x[1] += 2 }
show { x.baz += 2 }
show { x.baz ||= 2 }
show { x[1] ||= 2 }
show { fooo }
show { fooo(1) }
show { fooo 1 }
show { self.fooo }
show { NoSuchConst }
show { Object::NoSuchConst }
show { ::NoSuchConst }
show { NoSuchConst::Foo }
show { Object::NoSuchConst += 1 }
show { y = nil; y += 1 }
show { @iv += 1 }
show { $gv += 1 }
show { Math::PI.foo }
show { [1, 2].map { |v| v.foo } }
show { [1].first.foo.bar }
show { x
  .foo }
show { x.
  foo }
show { "é"; x.foo }
show { x.foo("é") }
show { raise NameError, "custom" }
show { raise NameError.new("custom", :foo) }
show { 1.send(:foo) }
show { 1.public_send(:foo) }
show { Object.const_get(:NoSuchConst) }
show { eval("nil.foo") }
show { instance_eval("nil.foo") }
show { x.foo; }
show {	x.foo }
show { x == 1 or x.foo }
show { x.nil? && x.qux }
show { x.a.b }
show { 1.then { nil }.zork }
show { 1.then do nil end.zork }
show { 1.then {
  nil }.zork }
show { <<~S.zork }
  text
S
show { x <=> 1; x < 1 }
show { x.() }
show { x::foo }
show { x * 2 + 1 }
show { 1 + x.foo }
show { x.foo += 1 }
show { x&.foo += 1 }
show { x&.foo = 1 }
show { x.foo! }
show { x.foo? }
show { x.foo 1 }
show { p(x.foo) }
show { p x.foo }
show { fooo = 1 if false; fooo.bar }
class CV; def self.t = @@cv; end
show { CV.t }
show { not x }
show { x.foo=(1) }
show { x.[](1) }
show { x[1, *[2]] }
show { x[a: 1] }
e = (nil.foo rescue $!)
puts e.message == e.message, e.to_s == e.message
puts e.inspect
puts e.full_message(highlight: false)
