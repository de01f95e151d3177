p format("%05d|%-5d|%+d|% d|%x|%X|%#x|%o|%#o|%b|%#b|%e|%E|%g|%G|%a", 42, 42, 42, 42, 255, 255, 255, 8, 8, 5, 5, 12345.678, 12345.678, 12345.678, 0.00001234, 1.0)
p format("%s|%10s|%-10s|%.2s|%p|%c|%c|%%", "abc", "abc", "abc", "abc", :sym, 65, "z")
p format("%.3f|%10.3f|%-10.3f|%+.1f|%08.2f", 3.14159, 3.14159, 3.14159, 2.0, -3.5)
p format("%<a>s-%<b>05d", a: "x", b: 7), format("%{a}/%{b}", a: 1, b: 2)
p format("%*d|%-*d|%.*f", 5, 1, 5, 1, 2, 3.14159)
p "%s and %s" % ["a", "b"], "%d%%" % 50, "%-8s|" % "hi", "%3$s %1$s %2$s" % ["a", "b", "c"]
p format("%x", -255), format("%b", -5), format("%o", -8), format("%.10g", 1.0/3)
p format("%s", nil), format("%d", 3.99), format("%f", 1), format("%s", [1, "a"])
p format("%10.4s|", "abcdefg"), format("%-+5d|", 3), format("%e", 0.0), format("%g", 1e20), format("%g", 123456789.0)
begin; format("%d", "x"); rescue => e; p e; end
begin; format("%d %d", 1); rescue => e; p e; end
p 12345678.to_s.reverse.scan(/\d{1,3}/).join(",").reverse
p 3.14159.round(2), 10.0 / 3, 1e100, 1.0e-5, 100.0, 1.23456789012345e+15, 2**64, -7 / 2, -7 % 3, 7.fdiv(2)
p 0.1 + 0.2, 1/3r, 3.7.floor, -3.7.truncate, 3.5.round, 2.5.round, 1234.5678.round(-2), 10.divmod(3), -10.divmod(3)
p "abc".center(9, "*"), "abc".ljust(6, ".") + "|", "12".rjust(5, "0")
p 1234567.89.to_s, 1_000_000.to_s.chars.reverse.each_slice(3).map(&:join).join(",").reverse
p Integer("0x1f", 16) rescue p $!
p Integer("0b101"), Integer("0o17"), Integer(" 42 "), Float("1e3"), "0x1A".hex, "777".oct, "12abc".to_i, "3.7xyz".to_f
