total = 1 +
  2 +
  3
p total
sum = 1 \
  + 2
p sum
result = [1, 2, 3]
  .map { |x| x * 2 }
  .select { |x| x > 2 }
  # a comment between chained calls
  .sum
p result
val = true ?
  :yes :
  :no
p val
args = [
  1,
  2,
]
p args
h = {
  a: 1,
  b: 2
}
p h
def long_call(a, b,
              c)
  a + b + c
end
p long_call(1,
            2,
            3)
cond = true &&
  false
p cond
s = "a" \
    "b"
p s
p(1,
  2)
