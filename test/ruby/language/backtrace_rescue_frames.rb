# CRuby's `rescue in foo' and `ensure in foo' frames in caller and backtraces: a running
# rescue or ensure clause (not the inlined ensure of a normal exit) is a frame of its own.
def foo
  x = 1
  begin
    raise "x"
  rescue
    puts caller(0)
    puts "--"
  end
  begin
    y = 2
  ensure
    puts caller(0)
    puts "--"
  end
  [1].each do
    begin
      raise "y"
    rescue => e
      puts caller(0)
      puts "--"
      begin
        raise "z"
      rescue
        puts caller(0)
        puts "--"
      ensure
        puts caller(0)
        puts "--"
      end
    end
  end
end
foo
begin
  raise "q"
rescue
  puts caller(0)
  puts "--"
end
def bar
  yield
ensure
  puts caller(0)
  puts "--"
end
bar { }
def baz
  raise "w"
rescue
  puts caller(0)
  puts "--"
  p $!.backtrace
end
baz
x = (raise "m" rescue caller(0))
puts x
puts "--"
def qq
  begin
    return 1
  ensure
    puts caller(0)
  end
end
qq
def a
  begin
    x = 1
    y = 2
    raise "x"
  rescue
    puts caller(0)[0, 2]
  end
end
a
puts "--"
def b
  z = 0
  begin; x = 1
    raise "x"
  rescue
    puts caller(0)[0, 2]
  end
end
b
puts "--"
def c
  z = 0
  raise "x"
rescue
  puts caller(0)[0, 2]
end
c
puts "--"
def d
  begin
    raise "x"
  rescue
    begin
      w = 1
      raise "y"
    rescue
      puts caller(0)[0, 3]
    end
  end
end
d
puts "--"
def e
  begin
    raise "x"
  ensure
    puts caller(0)[0, 3]
  end
end
e rescue nil
puts "--"
def f
  begin
    raise "x"
  rescue
    raise "y"
  ensure
    puts caller(0)[0, 3]
  end
end
f rescue nil
puts "--"
def g
  [1].each { |i| raise "x" rescue puts caller(0)[0, 3] }
end
g
puts "--"
def h
  begin
    raise "x"
  rescue
    retry_count = 1
    puts caller(0)[0, 3]
  else
    1
  end
end
h
puts "--"
def raised_in_rescue
  begin
    raise "first"
  rescue
    raise ArgumentError, "second"
  end
end
begin
  raised_in_rescue
rescue => e
  puts e.backtrace
  puts e.cause.backtrace
end
puts "--"
def broken_out
  [1, 2].each do |i|
    begin
      break i
    ensure
      puts caller(0)[0, 2]
    end
  end
end
p broken_out
def retried
  tries = 0
  begin
    tries += 1
    raise "again" if tries < 2
    puts caller(0)[0, 1]
  rescue
    puts caller(0)[0, 2]
    retry
  end
end
retried
