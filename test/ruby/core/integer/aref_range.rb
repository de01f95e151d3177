# Integer#[] with a length or a range (2.7+): the bits from the start, masked; beginless
# ranges are 0 or an ArgumentError; a single index is one bit.
n = 0b11110000
p n[4], n[3], n[-1], n[100], n[2**70]
p n[4..], n[4..5], n[4...6], n[..3], n[...4], n[4, 2], n[4, -1], n[0, 0]
p(-1[0..3], 5[3..1], 5[-2..1], 5[-2, 3], 5[2..2], 5[2...2], 5[0..0])
p (2**80 + 5)[0..3], (2**80)[80..], (2**80)[79, 3]
[-> { n[..5] }, -> { 5[nil..] }, -> { 5[1, 2, 3] }, -> { 5["a"] }, -> { 5[1, "a"] },
 -> { 5[(1..2).step(2)] }].each do |f|
  f.call
rescue ArgumentError, TypeError => e
  p [e.class, e.message]
end
