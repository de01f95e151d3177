# Integer(str, base): 0 detects the base, -b is base b, bad radixes raise; a base with a
# non-String raises; format %N$ past the arguments is "too few arguments".
p Integer("0x1f", 0), Integer("017", 0), Integer("17", 0), Integer("0b1", 0), Integer("1", 0), Integer("11", -2), Integer("z", -36)
[1, 37, -37].each { |b| p Integer("1", b) rescue p $! }
p Integer("12", nil) rescue p $!
p Integer(12, 2) rescue p $!
p "%3$s" % ["a"] rescue p $!
p "%0$s" % ["a"] rescue p $!
p Integer(12, 0)
p Integer(nil, 2) rescue p $!
p Integer(12, 2, exception: false)
p Integer("0b101", 2), Integer("0x1A", 16), Integer("0o17", 8)
