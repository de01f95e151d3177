h = { "a" => 1, :b => 2 }
puts h["a"]
puts h[:b]
h[:c] = 3
p h
puts h.size
