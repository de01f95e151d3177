def classify(n)
  if n < 0
    "negative"
  elsif n == 0
    "zero"
  elsif n < 10
    "small"
  else
    "large"
  end
end
[-3, 0, 5, 50].each { |n| puts classify(n) }
x = if false then 1 end
p x
puts "mod" if true
puts "never" if false
unless 1 > 2
  puts "unless ok"
else
  puts "bad"
end
puts "unless mod" unless nil
v = 5 > 3 ? "big" : "small"
puts v
p(if nil then 1 else 2 end)
p 0 ? "0 is truthy" : "falsy"
p "" ? "empty str truthy" : "falsy"
