# Classes without an allocator (their instances are immediates or VM-made objects):
# allocate raised nothing and methods on the result crashed. Class/Module.allocate
# make empty ones; an allocated Enumerator is uninitialized.
[Float, Integer, Symbol, NilClass, TrueClass, Proc, Method, UnboundMethod, MatchData,
 Rational, Complex, Encoding, Binding].each do |k|
  k.allocate
  p [k, :allocated]
rescue TypeError, NoMethodError => e
  p [e.class, e.message.lines.first.chomp]
end
p Class.allocate.class
[-> { Enumerator.allocate.next }, -> { Enumerator.allocate.each { } }, -> { Enumerator.allocate.size },
 -> { Enumerator::Lazy.allocate.first }, -> { Regexp.allocate =~ "a" }].each do |l|
  p l.call
rescue => e
  p [e.class, e.message]
end
p Rational(1, 2), Complex(1, 2), Time.allocate.class, Object.allocate.class
