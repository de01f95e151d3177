# Float#to_s prints the shortest digits that read back as the same Float (nearest when
# several do), for random bit patterns, classic cases and series.
r = Random.new(7)
out = []
3000.times do
  bits = r.rand(2**64)
  f = [bits].pack("Q").unpack1("D")
  next if f.nan?
  out << f.to_s
end
[0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e15, 1e16, 123456789012345.6, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308, 9007199254740993.0, 100.0, 0.5, 2.5e-7, 1234567.0, 12345678.9, 4.35, 0.1 + 0.2].each { |f| out << f.to_s << (-f).to_s }
100.times { |i| out << (i * 0.1).to_s << (i / 7.0).to_s << (1.1 ** i).to_s }
puts out
