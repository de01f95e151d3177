# $! is restored when a rescue clause is left by return, break or next (as when it
# completes), also from nested rescues and through ensure.
def by_return
  begin
    raise "a"
  rescue
    return $!.message
  end
end
p by_return, $!
[1].each do
  begin
    raise "b"
  rescue
    break
  end
end
p $!
[1, 2].each do
  begin
    raise "c"
  rescue
    next
  end
end
p $!
begin
  raise "outer"
rescue
  def inner_return
    begin
      raise "inner"
    rescue
      return 1
    end
  end
  inner_return
  p $!
  r = [1].each do
    begin
      raise "in block"
    rescue
      break :broke
    ensure
      p $!
    end
  end
  p r, $!
end
p $!
i = 0
while i < 3
  i += 1
  begin
    raise "loop #{i}"
  rescue
    next if i == 1
    break
  end
end
p $!
