# Mandelbrot set membership on a size x size grid: float arithmetic in nested while
# loops. Prints the count of points in the set and a checksum of their positions.
size = 800
iter = 50
limit = 4.0
inside = 0
checksum = 0

y = 0
while y < size
  ci = (2.0 * y / size) - 1.0
  x = 0
  while x < size
    cr = (2.0 * x / size) - 1.5
    zr = 0.0
    zi = 0.0
    i = 0
    escaped = false
    while i < iter
      tr = zr * zr - zi * zi + cr
      ti = 2.0 * zr * zi + ci
      zr = tr
      zi = ti
      if zr * zr + zi * zi > limit
        escaped = true
        break
      end
      i += 1
    end
    unless escaped
      inside += 1
      checksum = (checksum * 31 + x * size + y) % 1_000_000_007
    end
    x += 1
  end
  y += 1
end

puts inside
puts checksum
