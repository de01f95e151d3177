class Grid
  def initialize(w, h) = (@w, @h, @cells = w, h, Array.new(w * h, "."))
  def [](x, y) = @cells[y * @w + x]
  def []=(x, y, v)
    @cells[y * @w + x] = v
  end
  def to_s = @cells.each_slice(@w).map(&:join).join("\n")
end
g = Grid.new(4, 3)
g[1, 1] = "#"
g[3, 2] = "@"
puts g
p g[1, 1], g[0, 0]
r = (g[2, 0] = "X")
p r
class Registry
  def initialize = @h = {}
  def [](k) = @h.fetch(k) { "none" }
  def []=(k, v)
    @h[k] = v.upcase
  end
end
reg = Registry.new
reg[:a] = "val"
p reg[:a], reg[:b]
reg[:c] ||= "set"
p reg[:c]
h = { list: [] }
h[:list] << 1
h[:list] += [2]
p h
s = +"hello"
s[0] = "J"
p s
