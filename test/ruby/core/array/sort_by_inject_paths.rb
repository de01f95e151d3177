# Array#sort_by / inject / reduce and Array#sort: the native paths and the cases that
# must still behave as Enumerable's (subclass each, operator forms, errors, enumerators).
p [3, 1, 2].sort_by { |x| -x }
p %w[pear fig apple].sort_by(&:size)
p [[2, :a], [1, :b], [2, :c], [1, :d]].sort_by(&:first)
p [0.5, 2, 1.5, -1].sort_by { |x| x }
p ["b", "a", "c"].sort_by { |s| s }
p [].sort_by { |x| x }
e = [5, 3, 9].sort_by
p e.size
p e.each { |x| x % 4 }
begin
  [1, "a", 2].sort_by { |x| x }
rescue ArgumentError => ex
  p ex.class   # which pair fails first depends on the sort algorithm
end
begin
  [1, 2, 3].sort_by { |x| x == 2 ? nil : x }
rescue ArgumentError => ex
  p ex.class
end
p [1, 2, 3, 4].sort_by { |x| break :early if x == 3; x }
seen = []
p [4, 2, 3].sort_by { |x| seen << x; x }
p seen

class Backwards < Array
  def each
    (size - 1).downto(0) { |i| yield self[i] }
    self
  end
end
b = Backwards.new([1, 2, 3])
p b.sort_by { |x| 0 }
p b.inject { |s, x| s * 10 + x }
p b.reduce([]) { |s, x| s << x }

p [1, 2, 3, 4].inject { |s, x| s + x }
p [1, 2, 3, 4].reduce(10) { |s, x| s + x }
p [1, 2, 3, 4].inject(:*)
p [1, 2, 3, 4].reduce(2, :+)
p [1, 2, 3].inject("+")
p [].inject { |s, x| s + x }
p [].inject(7) { |s, x| s + x }
p [5].inject { |s, x| raise "not called" }
p [[1, 2], [3, 4]].inject(0) { |s, (a, b)| s + a * b }
p [1, 2, 3].inject { |s, x| break s * 100 if x == 3; s + x }
p [1, 2, 3].inject(&->(s, x) { s - x })
begin
  [1, 2].inject(1, :+, 3)
rescue ArgumentError => ex
  p ex.message
end

p [3, 1, 2, -5, 10**20, 7].sort
p [3, 1, 2, 1 << 40, -(1 << 50)].sort
p [2, 1.5, 1].sort
p %w[b c a].sort
begin
  [3, nil, 1].sort
rescue ArgumentError => ex
  p ex.class
end
a = [9, 8, 7]
a.sort!
p a
