# Dense matrix multiply of two n x n float matrices held as arrays of arrays.
def make_matrix(n, seed)
  m = Array.new(n) { Array.new(n, 0.0) }
  v = seed
  n.times do |i|
    row = m[i]
    n.times do |j|
      v = (v * 1103515245 + 12345) % 2147483648
      row[j] = (v % 1000) / 100.0
    end
  end
  m
end

def matmul(a, b)
  n = a.size
  p = b[0].size
  m = b.size
  # transpose b for row-major access
  bt = Array.new(p) { |j| Array.new(m) { |k| b[k][j] } }
  c = Array.new(n) { Array.new(p, 0.0) }
  i = 0
  while i < n
    ai = a[i]
    ci = c[i]
    j = 0
    while j < p
      btj = bt[j]
      s = 0.0
      k = 0
      while k < m
        s += ai[k] * btj[k]
        k += 1
      end
      ci[j] = s
      j += 1
    end
    i += 1
  end
  c
end

n = 300
a = make_matrix(n, 1)
b = make_matrix(n, 2)
c = matmul(a, b)
c = matmul(c, b)
trace = 0.0
n.times { |i| trace += c[i][i] }
puts "%.4f" % trace
puts "%.4f" % c[n / 2][n / 3]
