i = 0
r = loop do
  i += 1
  break i * 10 if i == 3
end
p r
e = [1, 2].each
r2 = loop { e.next }
p r2
p catch(:found) {
  [[1, 2], [3, 4]].each { |row| row.each { |x| throw :found, x if x > 2 } }
  nil
}
p catch { |tag| throw tag }
p catch(:a) { catch(:b) { throw :a, :outer } ; :not }
