e = [1].each
p e.next
begin
  e.next
rescue StopIteration => ex
  puts "#{ex.class}: #{ex.message}"
  p ex.result
end
m = [1, 2].map
m.next; m.next
begin
  m.next
rescue StopIteration => ex
  p ex.result
end
r = loop do
  raise StopIteration, "manual"
end
p r
x = 0
loop do
  x += 1
  raise StopIteration if x == 4
end
p x
p StopIteration.superclass
