h = {}
h[:z] = 1
h[:a] = 2
h[:m] = 3
p h.keys
h.delete(:a)
h[:a] = 4
p h.keys
h[:z] = 9
p h
k = [1, 2]
h2 = { k => "arr key" }
p h2[[1, 2]]
s = "skey"
h3 = { s => 1 }
p h3.keys.first.frozen?, s.frozen?
s2 = +"mut"
h4 = { s2 => 1 }
s2 << "ated"
p h4, h4["mut"]
h5 = { 1 => :int, 1.0 => :float, "1" => :str, :"1" => :sym, nil => :nil, [1] => :arr }
p h5.size
p h5[1], h5[1.0], h5["1"], h5[:"1"], h5[nil], h5[[1]]
big = {}
1000.times { |i| big["key#{i}"] = i }
p big.size, big["key500"], big.keys.last
big.each_key.with_index { |key, i| raise "order" unless key == "key#{i}" }
p :order_ok
p({ b: 1, a: 2 }.to_a)
p({ "a" => 1, a: 2 })
p({ 2**70 => :big }[2**70])
