p Integer("12"), Float("1.5"), String(1), Array(nil), Array([1]), Array(1..3)
p Rational(1, 3), Rational("2/4"), Complex(1, 2)
p Hash([]), Hash({ a: 1 }), Hash(nil)
p Integer("0b101"), Integer("11", 2), Integer(" 0x1f ")
p format("%05.2f", 1.5)
p sprintf("%s|%5s", "a", "b")
p "5" + 5.to_s, "5" * 3
p 1.to_s + "1"
p :a.to_proc.call({ a: 9 }) rescue p $!.class
p [1, 2].to_a.equal?([1, 2])
p nil.to_a, nil.to_s, nil.to_i, nil.to_f
p 65.chr, "A".ord
p "3.7abc".to_f, "abc".to_f
p 1.0.to_s, 1.to_f.to_s, 10.0.to_i
p Float(3), Float("  4.5  ")
p Integer(nil, exception: false), Float("bad", exception: false)
[[:Integer, nil], [:Float, nil], [:Integer, []], [:Integer, "1.5"]].each do |m, v|
  begin
    send(m, v)
  rescue TypeError, ArgumentError => e
    puts "#{m}(#{v.inspect}): #{e.class}: #{e.message}"
  end
end
