def replaced
  begin
    raise "first"
  ensure
    raise ArgumentError, "from ensure"
  end
end
begin
  replaced
rescue => e
  p e.class, e.message, e.cause&.message
end
def nested_rescue
  raise "a"
rescue => e
  begin
    raise "b"
  rescue => inner
    [e.message, inner.message, inner.cause.message, $!.message]
  end
end
p nested_rescue
p $!
begin
  raise "outer"
rescue
  begin
    raise "inner"
  rescue
  end
  p $!.message
end
