counter = 0
inc = -> { counter += 1 }
inc.call
inc.()
inc[]
p counter
def make_counter
  count = 0
  [-> { count += 1 }, -> { count }]
end
up, get = make_counter
3.times { up.call }
p get.call
adders = (1..3).map { |i| ->(x) { x + i } }
p adders.map { |f| f.call(10) }
x = 10
blk = proc { x * 2 }
x = 20
p blk.call
y = 1
[1].each { y = 2; z = 3 }
p y
p defined?(z)
