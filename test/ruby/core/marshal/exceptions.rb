# Marshal of exceptions: the message and backtrace (CRuby's mesg and bt fields) and
# instance variables survive; subclasses with their own initialize load without it.
class AppError < StandardError
  def initialize(code)
    super("failed with #{code}")
    @code = code
  end
  attr_reader :code
end

class Wrapped < StandardError
  def initialize(inner)
    super("Unexpected exception")
    @inner = inner
  end

  def message
    "wrapped: #{@inner.message}"
  end
end

e = RuntimeError.new("boom")
e.set_backtrace(["a.rb:1:in `x'", "a.rb:2:in `<main>'"])
[e, RuntimeError.new, AppError.new(7), Wrapped.new(e), KeyError.new("k")].each do |x|
  y = Marshal.load(Marshal.dump(x))
  p [y.class, y.message, y.backtrace, y.instance_variables.sort]
  p y.inspect
end
p Marshal.dump(RuntimeError.new("boom")).bytes.size
p Marshal.load(Marshal.dump(AppError.new(3))).code
