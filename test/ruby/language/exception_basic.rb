begin
  raise "boom"
rescue => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
begin
  1 / 0
rescue ZeroDivisionError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
begin
  nil.foo
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
begin
  raise ArgumentError, "bad arg"
rescue TypeError
  puts "wrong"
rescue ArgumentError => e
  puts "arg: #{e.message}"
ensure
  puts "ensure ran"
end
x = begin
  42
rescue
  0
else
  99
ensure
  100
end
p x
v = (raise "x" rescue "rescued")
p v
def m
  yield
rescue => e
  "method rescue #{e.message}"
end
p m { raise "inner" }
