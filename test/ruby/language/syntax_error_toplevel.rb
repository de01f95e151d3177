puts "never printed: the whole file fails to parse"
def broken(
  1 +
end
