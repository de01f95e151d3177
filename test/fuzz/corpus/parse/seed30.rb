%(p)
a = 1; a
D = 4
a & b | c ^ d
break
class << self; end
case x; in [*, 1, *] then 1; end
foo.each do |x| end.map { }
