# Conway's Game of Life on a small torus, with pattern detection of a period.
class Life
  attr_reader :cells, :w, :h

  def self.parse(text)
    rows = text.lines.map(&:chomp).reject(&:empty?)
    cells = {}
    rows.each_with_index { |r, y| r.each_char.with_index { |c, x| cells[[x, y]] = true if c == "#" } }
    new(rows.map(&:size).max, rows.size, cells)
  end

  def initialize(w, h, cells)
    @w, @h, @cells = w, h, cells
  end

  def neighbours(x, y)
    count = 0
    (-1..1).each do |dy|
      (-1..1).each do |dx|
        next if dx == 0 && dy == 0
        count += 1 if @cells[[(x + dx) % w, (y + dy) % h]]
      end
    end
    count
  end

  def step
    nxt = {}
    h.times do |y|
      w.times do |x|
        n = neighbours(x, y)
        alive = @cells[[x, y]]
        nxt[[x, y]] = true if n == 3 || (alive && n == 2)
      end
    end
    Life.new(w, h, nxt)
  end

  def population = @cells.size
  def key = @cells.keys.sort
  def to_s = Array.new(h) { |y| Array.new(w) { |x| @cells[[x, y]] ? "#" : "." }.join }.join("\n")
end

glider = Life.parse(<<~G)
  .#......
  ..#.....
  ###.....
  ........
  ........
  ........
G
g = glider
4.times { g = g.step }
puts g
puts
p g.population
seen = { glider.key => 0 }
g = glider
period = nil
1.upto(100) do |i|
  g = g.step
  if seen.key?(g.key)
    period = [seen[g.key], i]
    break
  end
  seen[g.key] = i
end
p period
blinker = Life.parse("..........\n....###...\n..........\n..........\n")
p blinker.step.step.key == blinker.key, blinker.step.key == blinker.key
puts blinker.step
block = Life.parse("....\n.##.\n.##.\n....\n")
p block.step.key == block.key
r = Life.parse(<<~R)
  ..........
  ....##....
  ...##.....
  ....#.....
  ..........
  ..........
  ..........
  ..........
R
pops = [r.population]
10.times { r = r.step; pops << r.population }
p pops
