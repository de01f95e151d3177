procs = []
[1, 2, 3].each { |i| procs << -> { i } }
p procs.map(&:call)
procs2 = []
i = 0
while i < 3
  procs2 << -> { i }
  i += 1
end
p procs2.map(&:call)
procs3 = []
for j in 1..3
  procs3 << -> { j }
end
p procs3.map(&:call)
procs4 = (1..3).map { |k| x = k * 10; -> { x } }
p procs4.map(&:call)
total = 0
adder = ->(n) { total += n }
[1, 2, 3].each(&adder)
p total
