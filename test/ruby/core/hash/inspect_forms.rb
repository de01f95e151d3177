p({ 1 => 2 })
p({ "s" => :sym, sym: "s" })
p({ nil => nil, true => false })
p({ [1] => { 2 => [3] } })
p({ "a b": 1, "c": 2, :"d-e" => 3, :f? => 4, :g! => 5, :h= => 6, :+ => 7, :@iv => 8 })
p({})
puts({ a: 1 }.to_s)
h = {}
h[:self] = h
p h
p({ 1.5 => 2r, 3i => nil })
