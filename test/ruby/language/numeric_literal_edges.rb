p 1e3, 1E3, 1e-3, 0.1e1, 1_0.0_1, 0.0, -0.0
p 1r, 1.5r, 3i, 2ri
p 0d10, 0o10, 0b10, 0x10, 010
p 1.0.to_s, 1.to_s, 1.0.to_i, 10.0.floor.class
p 123.456e1, 12e0
p 0.1 + 0.2 == 0.3, (0.1r + 0.2r) == 0.3r
p 1_000_000.to_s, 1e6.to_i, 1e6.to_s
p -1.abs, - 1.abs, -1.0.abs
p 2**10, 2.0**10, 4**0.5, (-8)**(1r/3) rescue p :complexish
