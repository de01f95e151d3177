p "42".to_i, "-42".to_i, "+7".to_i, "0x1A".to_i, "0x1A".to_i(16), "1A".to_i(16)
p "3.14".to_f, "1e3".to_f, "-0.5".to_f, ".5".to_f, "5.".to_f
p "12abc".to_i, "abc".to_i, "".to_i, " 12 ".to_i
p "1_000".to_i, "1__0".to_i
p "0b101".to_i(0), "0o17".to_i(0), "0x1f".to_i(0), "017".to_i(0), "17".to_i(0)
p "z".to_i(36), "10".to_i(2)
p "1/2".to_r, "0.75".to_r, "3".to_c
p 255.to_s(2), 255.to_s(16).upcase
p "%.3f" % "2.71828".to_f
