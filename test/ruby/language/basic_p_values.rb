p 1
p "two"
p :three
p nil
p true
p 1.5
