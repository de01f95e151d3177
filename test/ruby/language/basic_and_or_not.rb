p true && false
p true || false
p !true
p nil || "default"
p 1 && 2
