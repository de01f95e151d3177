def f = f
begin
  f
rescue SystemStackError => e
  puts "#{e.class}: #{e.message}"
end
def down(n) = n == 0 ? 0 : 1 + down(n - 1)
p down(5000)
p SystemStackError.superclass
