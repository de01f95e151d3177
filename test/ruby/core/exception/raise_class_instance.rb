class Oops < StandardError
  def initialize(msg = "oops default", extra: nil)
    @extra = extra
    super(msg)
  end
  attr_reader :extra
end
def try
  yield
rescue Oops => e
  puts "#{e.class}: #{e.message} extra=#{e.extra.inspect}"
end
try { raise Oops }
try { raise Oops, "given" }
try { raise Oops.new("built", extra: 1) }
try { raise Oops.new(extra: 2) }
try { raise Oops.exception("via exception") }
e = Oops.new("kept")
try { raise e }
p e.backtrace.is_a?(Array)
begin
  raise Object
rescue TypeError => err
  puts "#{err.class}: #{err.message}"
end
begin
  raise Oops, "msg", caller
rescue Oops => err
  p err.backtrace == caller
end
