p 1
p -5
p 2.5
p "str"
p :sym
p nil
p true
p [1, "two", :three, nil]
p({ "a" => 1, b: 2 })
p 1..3
p 1...3
x = p 7
p x
y = p 1, 2
p y
z = p
p z
