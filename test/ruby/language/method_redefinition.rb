def greet = "v1"
p greet
def greet = "v2"
p greet
class Integer
  alias_method :orig_plus, :+
  def +(o) = orig_plus(o).orig_plus(1000)
end
p 1 + 1
class Integer
  alias_method :+, :orig_plus
end
p 1 + 1
class String
  alias_method :orig_length, :length
  def length = 99
end
p "abc".length, "abc".size
class String
  alias_method :length, :orig_length
end
p "abc".length
class Array
  def sum = "custom sum"
end
p [1, 2].sum
class Array
  remove_method :sum
end
p [1, 2].sum
