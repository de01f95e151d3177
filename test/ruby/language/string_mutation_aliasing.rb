a = +"abc"
b = a
b << "d"
p a
c = a.dup
c << "e"
p a, c
def mutate!(s) = s.upcase!
mutate!(a)
p a, b
def reassign(s)
  s = "new"
  s
end
reassign(a)
p a
arr = ["x"] * 2
arr[0] << "y"
p arr
arr2 = Array.new(2) { +"x" }
arr2[0] << "y"
p arr2
h = Hash.new(+"")
h[:a] << "shared"
p h[:b], h.size
lit = []
2.times { lit << +"lit" }
lit[0] << "!"
p lit
