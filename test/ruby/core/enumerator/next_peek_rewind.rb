e = %w[a b c].each
p e.next
p e.peek
p e.next
p e.next
begin
  e.peek
rescue StopIteration => ex
  puts "#{ex.class}: #{ex.message}"
end
e.rewind
p e.next
e2 = [1, 2].map
p e2.next, e2.next
r = loop do
  e2.next
end
p r
e3 = "hi".each_char
p [e3.next, e3.next]
p (begin; e3.next; rescue StopIteration; :done; end)
