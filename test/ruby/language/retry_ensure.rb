attempts = 0
begin
  attempts += 1
  raise "fail #{attempts}" if attempts < 3
  puts "succeeded after #{attempts}"
rescue
  puts "rescued #{$!.message}"
  retry
end
def order
  yield
  puts "after yield"
rescue => e
  puts "rescue #{e.message}"
  :rescued
else
  puts "else"
  :else_value
ensure
  puts "ensure"
  :ensure_ignored
end
p order { 1 }
p order { raise "x" }
def ensure_return
  return :body
ensure
  puts "ensure on return"
end
p ensure_return
def nested
  begin
    begin
      raise TypeError, "inner"
    ensure
      puts "inner ensure"
    end
  rescue ArgumentError
    puts "wrong"
  end
rescue TypeError => e
  puts "outer got #{e.message}"
end
nested
p $!
