results = [1, 0, 2].map do |d|
  10 / d
rescue ZeroDivisionError => e
  "div0"
end
p results
r = [1, 2].each_with_object([]) do |x, acc|
  acc << x
  raise "stop" if x == 2
rescue => e
  acc << e.message
ensure
  acc << :ensure
end
p r
l = lambda do
  raise ArgumentError, "in lambda"
rescue ArgumentError => e
  "lambda rescued #{e.message}"
end
p l.call
def meth
  yield
rescue => e
  "meth rescued #{e.class}"
else
  "meth else"
ensure
  puts "meth ensure"
end
p meth { }
p meth { raise IOError }
