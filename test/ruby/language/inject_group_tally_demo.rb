orders = [
  { customer: "ann", item: "tea", qty: 2, price: 3.5 },
  { customer: "bob", item: "cake", qty: 1, price: 4.0 },
  { customer: "ann", item: "cake", qty: 3, price: 4.0 },
  { customer: "cy", item: "tea", qty: 1, price: 3.5 },
]
p orders.inject(0) { |sum, o| sum + o[:qty] * o[:price] }
p orders.sum { |o| o[:qty] }
p orders.group_by { |o| o[:customer] }.transform_values { |os| os.sum { |o| o[:qty] * o[:price] } }
p orders.map { |o| o[:item] }.tally
p orders.sort_by { |o| [-o[:qty], o[:customer]] }.map { |o| o[:customer] }
p orders.min_by { |o| o[:price] * o[:qty] }[:customer]
p orders.flat_map { |o| [o[:item]] * o[:qty] }.tally.max_by(&:last)
p orders.zip(1..).map { |o, n| "#{n}:#{o[:item]}" }
p orders.partition { |o| o[:item] == "tea" }.map(&:size)
