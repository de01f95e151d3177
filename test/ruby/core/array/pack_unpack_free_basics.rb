matrix = Array.new(3) { |i| Array.new(3) { |j| i * 3 + j } }
p matrix
p matrix.map { |row| row.map { |x| x * 2 } }
p matrix.transpose.map(&:sum)
p matrix.flatten.each_slice(3).map(&:max)
p matrix.map(&:reverse).reverse
diag = (0...3).map { |i| matrix[i][i] }
p diag
p matrix.each_with_index.map { |row, i| row.rotate(i) }
p matrix.sum(&:sum)
p matrix.flat_map(&:itself).select(&:even?)
p matrix.dig(2, 1)
