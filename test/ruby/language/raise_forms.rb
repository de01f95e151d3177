def show(e) = puts("#{e.class}: #{e.message}")
begin; raise; rescue => e; show(e); end
begin; raise "plain"; rescue => e; show(e); end
begin; raise TypeError; rescue => e; show(e); end
begin; raise TypeError, "typed"; rescue => e; show(e); end
begin; raise TypeError.new("newed"); rescue => e; show(e); end
begin; raise IndexError, "with bt", ["a:1"]; rescue => e; show(e); p e.backtrace; end
class MyError < StandardError
  def initialize(msg = "my default") = super
end
begin; raise MyError; rescue => e; show(e); end
begin; raise MyError, "custom"; rescue MyError => e; show(e); end
class DataError < StandardError
  attr_reader :data
  def initialize(data)
    @data = data
    super("data: #{data}")
  end
end
begin; raise DataError.new(5); rescue => e; show(e); p e.data; end
begin
  raise 42
rescue TypeError => e
  show(e)
end
begin
  begin
    raise "first"
  rescue => e
    raise ArgumentError, "second"
  end
rescue => e
  show(e)
  show(e.cause)
end
begin
  raise ArgumentError, "with cause", cause: RuntimeError.new("explicit")
rescue => e
  p e.cause.message
end
e = RuntimeError.new("manual")
p e.message, e.backtrace
p RuntimeError.new.message
p StandardError.new(nil).message rescue p $!
x = MyError.exception("via exception")
p x.message
p (raise "in expr" rescue "modifier")
