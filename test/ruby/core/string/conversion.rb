p "42".to_i, "3.7".to_f, "1/3".to_r, "1+2i".to_c
p "abc".to_sym, "with space".to_sym
p 42.to_s, 3.5.to_s, nil.to_s, :s.to_s, [1, "a"].to_s, { a: 1 }.to_s
p "abc".to_s.equal?("abc")
p String(42), String(nil), String([1])
p "a".inspect, "a\"b".inspect, "a\\b".inspect, "\t\n".inspect, "\e".inspect
p "\u0001".inspect, "\x7f".inspect
p "é".inspect
p "#{1}#{nil}#{:a}#{[nil]}"
p "abc".to_str
p "12".rjust(5, "0")
p 12.to_s.rjust(5, "0")
p "0x1f".hex, "0b101".to_i(0), "0o17".to_i(0), "017".to_i(0)
p "1e3".to_f, "1e3".to_i
p "3.99".to_i
p "-12.5e-1".to_f
p "12,345".delete(",").to_i
p 1234567.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
p "%.2f" % "3.14159".to_f
p "true" == true.to_s
class Temp
  def to_s = "Temp!"
end
p "#{Temp.new}"
p "abc".dump
p "a\u00e9".dump
