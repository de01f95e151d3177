# Refined operators and to_s: the interpreter's fast paths for Integer/Float/Array/String
# operators give way to the refinement where it is active, and only there.
def plain_sum(a, b) = a + b
def plain_index(a) = a[0]

module Odd
  refine Integer do
    def +(o) = "plus(#{o})"
    def to_s = "int"
    def <(o) = :less
  end
  refine Float do
    def *(o) = "times"
  end
  refine Array do
    def [](i) = "index #{i}"
    def <<(x) = "push #{x}"
  end
  refine String do
    def <<(x) = "concat"
    def ==(o) = :eq
  end
  refine NilClass do
    def ! = :not
  end
end

p 1 + 2
p "#{5}"
using Odd
p 1 + 2
p 1 < 2
p 1.5 * 2
p [7, 8][0]
p([1] << 2)
p("a" << "b")
p "a" == "a"
p(!nil)
p "n=#{5}!"
p "#{1.5}"
p plain_sum(1, 2)
p plain_index([7, 8])
puts 5
p 5.to_s
p [1, 2].map { |i| i + 1 }
i = 0
i = i + 1 while i.is_a?(Integer) && false
p i
