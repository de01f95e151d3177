p Integer("42")
p Integer("0x1A")
p Integer("0b11")
p Integer("0o17")
p Integer("  12  ")
p Integer("1_000")
p Integer("z", 36)
p Integer(3.99)
p Integer("-7")
["abc", "1.5", "", "12abc", nil].each do |v|
  begin
    Integer(v)
  rescue ArgumentError, TypeError => e
    puts "#{e.class}: #{e.message}"
  end
end
p Integer("junk", exception: false)
p "12abc".to_i
p "abc".to_i
p " 42 ".to_i
p "-0x1f".hex
p "777".oct
p 3.7.to_i
p -3.7.to_i
p 5.to_f
p 5.to_s
p 5.to_r
p 5.to_c
p 5.inspect
p 1e10.to_i
p 10.coerce(2.5)
p 1.0.to_i.class
p "3 apples".to_i + 1
