a, b = 1, 2
a, b = b, a
p [a, b]
x, y, z = 1, 2, 3
x, y, z = z, x, y
p [x, y, z]
arr = [1, 2, 3]
arr[0], arr[2] = arr[2], arr[0]
p arr
fib = [0, 1]
f1, f2 = 0, 1
10.times { f1, f2 = f2, f1 + f2 }
p f1
i, j = 0, 10
i, j = i + 1, j - 1 while i < j
p [i, j]
