def inner = caller
def outer = inner
lines = outer
p lines.first.sub(/:in .*/, "")
p lines.size >= 2
def trace = caller(0).first.sub(/:in .*/, "")
p trace
begin
  raise "bt"
rescue => e
  p e.backtrace.first.sub(/:in .*/, "")
  p e.backtrace_locations&.first&.lineno
end
def boom = raise(ArgumentError, "deep")
begin
  boom
rescue => e
  p e.backtrace.size >= 2
  p e.backtrace[0].sub(/:in .*/, "")
  p e.full_message(highlight: false, order: :top).lines.first.sub(/:in .*?:/, ":").chomp
end
p __FILE__
p __LINE__
p __method__
def meth_name = __method__
p meth_name
