h = { "a" => 1, :b => 2, c: 3, "d": 4 }
p h
p({})
x = 1
y = 2
p({ x:, y: }) rescue p :no
opts = { k: 1 }
p({ **opts, z: 9 })
p({ 1 => "one", nil => 0, [1] => :arr })
p h[:c]
p h["a"]
p h[:missing]
p({ "k" => 1 }.keys.first.frozen?)
