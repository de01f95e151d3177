require 'matrix'
m = Matrix[[1, 2], [3, 4]]
p m, m.to_s, m.inspect, m.inverse, m.det, m.transpose, m * m, m + m, m - m, m * 2, m / 2, m ** 2, m ** -1, m ** 0
p Matrix.empty(0, 3), Matrix.empty(2, 0), Matrix.identity(2), Matrix.zero(2, 3), Matrix.diagonal(1, 2), Matrix.scalar(2, 5)
p Vector[1, 2], Vector[1, 2].to_s, m * Vector[1, 1], Vector[1, 2].inner_product(Vector[3, 4]), Vector[3, 4].norm, Vector[1, 0, 0].cross(Vector[0, 1, 0])
[-> { m + Matrix[[1]] }, -> { m + 1 }, -> { Matrix[[1, 2], [2, 4]].inverse }, -> { Matrix[[1, 2]].det }, -> { Matrix[[1, 2], [3]] }, -> { Vector[1] + Vector[1, 2] }, -> { m * "x" }, -> { Vector[1,2] * Vector[1,2] }].each do |f|
  begin
    f.call
  rescue => e
    p [e.class, e.class.ancestors[1], e.message]
  end
end
p Matrix[[1.5, 2], [3, 5]].inverse, Matrix[[2.0, 1], [1, 3]].det
p ExceptionForMatrix.constants.sort, Matrix.constants.sort & [:CoercionHelper, :ErrDimensionMismatch, :ErrNotRegular, :ErrOperationNotDefined, :ErrOperationNotImplemented, :SELECTORS, :Scalar, :VERSION]
p m.rank, m.trace, m.minor(0, 1, 0, 1), m.cofactor(0, 0), m.adjugate, m.first_minor(0, 0)
p m.row(0), m.column(1), m.row_vectors, m.column_vectors, m.to_a, m[1, 0], m[5, 5], m.row_count, m.column_count
p m.map { |x| x * 10 }, m.each.to_a, m.each(:diagonal).to_a, m.each_with_index.to_a
p m.square?, m.regular?, m.singular?, m.symmetric?, m.zero?, m == Matrix[[1, 2], [3, 4]], m.eql?(Matrix[[1.0, 2], [3, 4]]), m.hash == Matrix[[1, 2], [3, 4]].hash
p Matrix.rows([[1, 2]]), Matrix.columns([[1, 2], [3, 4]]), Matrix.build(2, 3) { |i, j| i + j }, Matrix.row_vector([1, 2]), Matrix.column_vector([1, 2])
p m.hstack(m), Matrix.vstack(m, m), m.round, Matrix[[1.26, 2]].round(1), m.coerce(2).map(&:class), 2 * m, m.collect(&:to_s)
p Vector[1, 2].normalize, Vector[0, 0].zero?, Vector.zero(3), Vector.basis(size: 3, index: 1), Vector[1, 2].covector, Vector[1, 2] * 2, Vector[1, 2].map { _1 + 1 }, Vector[1, 2].angle_with(Vector[2, 4])
p Vector.elements([1, 2]), Vector[1, 2][0], Vector[1, 2].size, Vector[1, 2].to_a, Vector[1, 2] == Vector[1, 2], Vector[1, 2, 3][1..2]
