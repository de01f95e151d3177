a = %w[a b c]
p a.insert(1, "X"), a.insert(-2, "Y", "Z"), a.insert(10, "far").size
p a.index("c"), a.index { |s| s =~ /[XYZ]/ }, a.rindex { |s| s =~ /[XYZ]/ }
p a.find_index("zz")
p a.count(nil)
b = [1, 2, 3]
b[5] = 6
p b
b[1..2] = []
p b
b[0, 1] = [:a, :b, :c]
p b
