vals = [0.0, -0.0, 1.0, 1.5, 0.1, 1.0 / 3, 2.0 / 3, 1e15, 1e16, 1e20, 1.23e-4, 1e-5,
        123456789012345.0, 1234567890123456.0, 100.0, 3.14159265358979, 2.5e-10,
        Float::MAX, Float::MIN, Float::EPSILON, 9007199254740993.0, 0.5, 1.1 * 3]
vals.each { |v| puts v.to_s }
p 1.0 / 0, -1.0 / 0, 0.0 / 0.0
p Float::INFINITY, -Float::INFINITY, Float::NAN.nan?
p 1e20.to_i
p 12.0.inspect
p 1e2
p 1.23456789e-7
p 3.0 * 1.1
p 100.0 / 7
p (0.1 + 0.2) == 0.3
p (0.1 + 0.2 - 0.3).abs < Float::EPSILON
p 2.0**62, 2.0**64
p -1.5.abs
p 5e-324, 5e-324 / 2
