def risky
  raise ArgumentError, "original"
end
begin
  begin
    risky
  rescue => e
    puts "logging #{e.message}"
    raise
  end
rescue => e2
  puts "outer got #{e2.class}: #{e2.message}"
  p e2.equal?(e2)
end
begin
  begin
    raise "a"
  rescue => e
    raise e
  end
rescue => again
  p again.message
end
def wrap
  yield
rescue => e
  raise RuntimeError, "wrapped: #{e.message}"
end
begin
  wrap { raise KeyError, "inner key" }
rescue => e
  puts "#{e.class}: #{e.message}"
  puts "cause: #{e.cause.class}: #{e.cause.message}"
end
x = begin
  Integer("bad")
rescue ArgumentError
  -1
end
p x
