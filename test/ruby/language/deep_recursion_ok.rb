def depth(n) = n == 0 ? 0 : 1 + depth(n - 1)
p depth(1000), depth(9000)
def sum_list(node) = node ? node[0] + sum_list(node[1]) : 0
list = nil
5000.times { |i| list = [i, list] }
p sum_list(list)
def ackermann(m, n)
  if m == 0 then n + 1
  elsif n == 0 then ackermann(m - 1, 1)
  else ackermann(m - 1, ackermann(m, n - 1))
  end
end
p ackermann(2, 3), ackermann(3, 3)
nested = 0
blk = ->(k) { k == 0 ? 0 : 1 + blk.(k - 1) }
p blk.(2000)
