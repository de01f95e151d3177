def level3 = raise(ArgumentError, "deep")
def level2
  level3
end
def level1
  [1].each { level2 }
end
begin
  level1
rescue => e
  puts e.backtrace.map { |l| l[/\A[^:]+:\d+/] }.first(5)
  p e.backtrace_locations.first(3).map(&:lineno)
  p e.backtrace_locations.first.path
end
def reraiser
  yield
rescue => e
  raise e
end
begin
  reraiser { raise "original" }
rescue => e
  p e.backtrace.first[/\A[^:]+:\d+/]
end
e = RuntimeError.new("never raised")
p e.backtrace, e.backtrace_locations
begin
  raise TypeError, "custom bt", ["one:1", "two:2"]
rescue => e
  p e.backtrace, e.backtrace_locations
end
