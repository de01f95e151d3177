r = catch(:done) do
  10.times do |i|
    10.times do |j|
      throw :done, [i, j] if i * j == 6
    end
  end
  :never
end
p r
p catch(:x) { 42 }
p catch(:x) { throw :x }
p catch { |tag| throw tag, "anon tag" }
def deep(n)
  throw :out, n if n == 0
  deep(n - 1)
end
p catch(:out) { deep(5) }
begin
  throw :nobody
rescue UncaughtThrowError => e
  puts "#{e.class}: #{e.message}"
  p e.tag
end
res = catch(:outer) do
  catch(:inner) do
    throw :outer, "skipped inner"
  end
  "not here"
end
p res
x = catch(:t) do
  begin
    throw :t, 1
  ensure
    puts "ensure during throw"
  end
end
p x
