r1 = puts("x")
r2 = print("y\n")
r3 = p
r4 = p(1)
r5 = p(1, 2)
r6 = pp({ k: 1 })
p [r1, r2, r3, r4, r5, r6]
puts [1, [2, [nil]]]
puts nil, [], [[]]
print 1, 2, "\n"
puts "a\n"
puts "b\n\n"
$stdout.print("z", "\n")
