# Float#round/floor/ceil/truncate with digits and half: modes, against CRuby's
# algorithm (2.675.round(2) == 2.68, ties seen through the decimal representation).
vals = [2.675, 1.005, -2.675, 0.5, 1.5, 2.5, -0.5, -1.5, 1.23456789, -2.4492935982947064e-16,
        12345.6789, 1e-20, -1e-20, 0.1 + 0.2, 1.15, 1.25, 1.35, -1.25, 9.995, 0.000001234,
        5.5, 25.0, 25.1, -25.5, 4.390990301382805, -49.493951476324405, 504278.83150817704]
x = 0.123456789
20.times { |i| x = (x * 7.13 + 0.379) % 13.7 - 6.1; vals << x * 10**(i % 12 - 6) }
vals.each do |v|
  out = []
  [-2, -1, 0, 1, 2, 3, 8, 10, 14, 16].each do |n|
    out << [v.round(n), v.floor(n), v.ceil(n), v.truncate(n), v.round(n, half: :even), v.round(n, half: :down)].uniq
  end
  puts "#{v}: #{out.map { |a| a.join("/") }.join(" ")}"
end
p 15.5.round(-1), 25.1.round(-1, half: :even), 14.9.floor(-1), -14.9.ceil(-1), 0.0.round(2), 0.0.round
p (10**30).ceil(-1) - 10**30, (-10**30).ceil(-1) + 10**30, 1e300.ceil(-1) % 1000
p 1.636951771934262.round(16), 16369517719342621.fdiv(10**16), (2**70 + 3).fdiv(7), 7.fdiv(2**70)
p 2096951363889038.2, 1234567890123456.7, 1e15, 1.5e15, 123456789012345.6
[[1.5, :up], [1.5, :x]].each { |f, h| p f.round(half: h) rescue p $! }
