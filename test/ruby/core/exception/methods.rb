class AppError < StandardError
  def initialize(msg = "app failed") = super
end
e = AppError.new
p e.message, e.to_s, e.inspect
e2 = AppError.new("custom")
p e2.message, e2.inspect
p e2.backtrace
begin
  raise e2
rescue => caught
  p caught.equal?(e2), caught.backtrace.is_a?(Array)
end
x = RuntimeError.new("a")
y = x.exception("b")
p x.message, y.message, x.equal?(x.exception)
p ArgumentError.new.message
p KeyError.new("k", receiver: {}, key: :z).key
p NameError.new("msg", :nm).name
p NoMethodError.new("msg", :meth, [1]).args
p StopIteration.new.result rescue p :no
p SystemExit.new(3, "bye").status
p SystemExit.new.status
p (RuntimeError.new("x") == RuntimeError.new("x"))
p Exception.new("m").message
p Exception.exception("via class").message
begin
  begin
    raise "inner"
  rescue
    raise TypeError, "outer"
  end
rescue => err
  p err.cause.class, err.cause.message, err.cause.cause
end
def risky = raise(NotImplementedError, "todo")
begin
  risky
rescue ScriptError => se
  puts "#{se.class}: #{se.message}"
end
begin
  raise Class.new(StandardError) { def message = "anon msg" }
rescue => anon
  p anon.message
end
err = (Integer("q") rescue $!)
p err.class
p $!.nil?
begin
  raise "set"
rescue
  p $!.message
end
p $!
