pr = proc { |a, b| "a=#{a.inspect} b=#{b.inspect}" }
la = lambda { |a, b| "a=#{a.inspect} b=#{b.inspect}" }
p pr.call(1), pr.call(1, 2, 3), pr.call([1, 2])
p la.call(1, 2)
[-> { la.call(1) }, -> { la.call(1, 2, 3) }, -> { la.call([1, 2]) }].each do |l|
  l.call
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p pr.lambda?, la.lambda?, proc(&la).lambda?, lambda(&pr).lambda? rescue p $!.class
def ret_proc
  [1, 2].each { |x| return "returned from method via proc #{x}" }
  "not here"
end
def ret_lambda
  l = -> { return "lambda return" }
  "after lambda: #{l.call}"
end
p ret_proc, ret_lambda
p proc { next 1; 2 }.call, -> { next 3; 4 }.call
