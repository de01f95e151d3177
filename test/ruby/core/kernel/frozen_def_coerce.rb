# def on a frozen object, class or module raises FrozenError (with its receiver); a
# special constant that cannot be coerced is named by its inspect.
o = Object.new.freeze
begin
  def o.x; end
rescue FrozenError => e
  p e.class, e.message.sub(/0x\h+/, "X"), e.receiver.equal?(o)
end
class Foo; end
Foo.freeze
begin
  class Foo; def x; end; end
rescue FrozenError => e
  p e, e.receiver
end
begin
  def Foo.y; end
rescue FrozenError => e
  p e
end
module M; end
M.freeze
begin
  module M; def x; end; end
rescue FrozenError => e
  p e
end
[-> { 1 - :a }, -> { 1.0 + :a }, -> { 1 * true }, -> { 1.5 / nil }, -> { 2 ** "a" },
 -> { 1 + Object }, -> { 2r + :b }].each do |f|
  f.call
rescue TypeError => e
  p e
end
