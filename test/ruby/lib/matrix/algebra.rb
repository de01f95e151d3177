require 'matrix'
def t
  p yield
rescue StandardError => e
  p [e.class, e.message]
end
a = Matrix[[2, -1, 0, 3], [1, 4, -2, 0], [0, 5, 1, -1], [3, 0, 2, 2]]
t { a.det }
t { Matrix[[0, 1, 2], [1, 0, 3], [4, -3, 8]].det }
t { Matrix[[0, 2, 1, 3, 1], [1, 0, 0, 2, 2], [3, 1, 4, 0, 1], [2, 2, 0, 1, 3], [1, 1, 1, 1, 0]].det }
t { Matrix[[1, 2], [2, 4]].det }
t { Matrix[[0, 0, 1, 0], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1]].det }
t { Matrix[[1, 2, 3], [4, 5, 6], [7, 8, 10]].inverse }
t { Matrix[[2.0, 1.0, 0.5], [1.0, 3.0, 1.0], [0.5, 1.0, 4.0]].inverse }
t { Matrix[[1r/2, 1r/3], [1r/4, 1r/5]].inverse }
t { a.inverse * a == Matrix.identity(4) }
t { a.rank }
t { Matrix[[1, 2, 3], [2, 4, 6], [1, 1, 1]].rank }
t { Matrix[[1.0, 2.0], [2.0, 4.0]].rank }
t { Matrix.empty(0, 0).det }
t { Matrix.empty(2, 0) * Matrix.empty(0, 3) }
t { Matrix.empty(0, 2) * Matrix.empty(2, 0) }
t { Matrix[[1, 2], [3, 4]] ** 5 }
t { Matrix[[1, 2], [3, 4]] ** -2 }
t { 2 + Matrix[[1]] }
t { 2 * Vector[1, 2] }
t { 2 - Vector[1, 2] }
t { Vector[1, 2] + 1 }
t { Matrix[[1]] + nil }
t { Vector[1, 2] + Matrix[[1], [2]] }
t { Matrix[[1], [2]] + Vector[3, 4] }
t { Vector[1, 2] * Matrix[[1, 2]] }
t { Vector[3, 4].normalize }
t { Vector[0, 0].normalize }
t { Vector[1, 2, 3].cross(Vector[4, 5, 6]) }
t { Vector[1, 0].angle_with(Vector[0, 1]) }
t { Vector[1, 0].angle_with(Vector[-1, 0]) }
t { Vector.independent?(Vector[1, 2], Vector[2, 4]) }
t { Vector[1, 0].independent?(Vector[0, 1]) }
t { Vector[1, 2].each2(Vector[3, 4]).to_a }
t { Vector[1, 2].collect2(Vector[3, 4]) { |x, y| x * y } }
t { Vector[1, 2].map2(Vector[3, 4]) { |x, y| x + y } }
t { Vector[1, 2] / 2.0 }
t { Vector[1.25, 2.5].round(1) }
t { Vector[1, 2].to_matrix }
t { Vector[1, 2].dot(Vector[1, 2, 3]) }
t { Vector[1, 2].eql?(Vector[1.0, 2.0]) }
t { Vector[1, 2] == Vector[1.0, 2.0] }
t { Vector.basis(size: 2, index: 3) }
t { -Vector[1, -2] }
t { -Matrix[[1, -2]] }
m = Matrix[[1, 2, 3], [4, 5, 6], [7, 8, 9]]
t { m.each(:strict_lower).to_a }
t { m.each(:upper).to_a }
t { m.each(:off_diagonal).to_a }
t { m.map(:diagonal) { |x| -x } }
t { m.minor(1..2, 0...2) }
t { m.minor(1, 2, 1, 5) }
t { m.first_minor(1, 1) }
t { m.adjugate }
t { m.cofactor(2, 0) }
t { m.trace }
t { m.upper_triangular? }
t { Matrix[[1, 0], [2, 3]].lower_triangular? }
t { Matrix.diagonal(1, 2).diagonal? }
t { Matrix[[1, 2], [2, 1]].symmetric? }
t { Matrix[[1, 2]].symmetric? }
t { Matrix[[1, 2]].square? }
t { m.row(5) }
t { m.column(-1) }
t { m[-1, -1] }
t { m.collect.with_index { |x, i| x * i } rescue :enum }
t { Matrix.build(2) { |i, j| i * j } }
t { Matrix.build(2, 2).to_a }
t { Matrix.columns([[1, 2, 3], [4, 5, 6]]) }
t { Matrix.empty(2, 2) }
t { Matrix[[1, 2], [3, 4]] / Matrix[[1, 2], [3, 4]] }
t { Matrix[[1, 2], [3, 4]].hadamard_product(Matrix[[2, 2], [2, 2]]) }
t { Matrix[[1, 2], [3, 4]].to_s + Matrix[["a", :b]].inspect + Matrix[["a", :b]].to_s }
t { Vector["a", :b].to_s + Vector["a", :b].inspect }
t { Matrix[[1.5, 2]].transpose }
t { Matrix.empty(0, 3).transpose }
t { Matrix[[1, 2], [3, 4]].entrywise_product(Matrix[[1]]) }
t { Matrix[[1, 2], [3, 4]].sum }
t { Matrix.vstack(Matrix[[1, 2]], Matrix[[1]]) }
t { Matrix[[1, 2]].frozen? }
x = Matrix[[1, 2], [3, 4]]
x[0, 0] = 9
t { x }
t { Matrix.zero(2).zero? }
t { Matrix.I(2) == Matrix.unit(2) }
t { Matrix[[1, 2], [3, 4]].each_with_index(:diagonal).to_a }
