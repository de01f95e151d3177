def pick(x)
  return "neg" if x < 0
  return "zero" if x == 0
  "pos"
end
puts pick(-1)
puts pick(0)
puts pick(1)
