s = "a1 b22 c333"
p s.scan(/\d+/)
p s.scan(/([a-z])(\d+)/)
p s.scan(/(?<l>[a-z])\d/)
p s.scan("b2")
p s.scan(/x/)
out = []
s.scan(/([a-z])(\d+)/) { |l, d| out << "#{l}=#{d.size}" }
p out
s.scan(/\d+/) { p $~[0] }
p "key=val; k2=v2".scan(/(\w+)=(\w+)/).to_h
