# Breadth-first search through a text maze: shortest path, path drawing, reachability.
MAZE = <<~M.lines.map(&:chomp)
  ##########
  #S.....#.#
  #.##.#.#.#
  #.#..#...#
  #.#.####.#
  #...#..#.#
  ###.#.##.#
  #.....#..#
  #.###...E#
  ##########
M

def find(grid, ch)
  grid.each_with_index do |row, y|
    x = row.index(ch)
    return [x, y] if x
  end
  nil
end

def bfs(grid, start, goal)
  queue = [start]
  came_from = { start => nil }
  until queue.empty?
    cur = queue.shift
    break if cur == goal
    x, y = cur
    [[1, 0], [-1, 0], [0, 1], [0, -1]].each do |dx, dy|
      nxt = [x + dx, y + dy]
      next if came_from.key?(nxt)
      next if grid[nxt[1]][nxt[0]] == "#"
      came_from[nxt] = cur
      queue << nxt
    end
  end
  return nil unless came_from.key?(goal)
  path = [goal]
  path.unshift(came_from[path.first]) while came_from[path.first]
  [path, came_from.size]
end

start = find(MAZE, "S")
goal = find(MAZE, "E")
p start, goal
path, explored = bfs(MAZE, start, goal)
p path.size - 1, explored
drawn = MAZE.map(&:dup)
path[1...-1].each { |x, y| drawn[y][x] = "*" }
puts drawn
dirs = path.each_cons(2).map do |(x1, y1), (x2, y2)|
  { [1, 0] => "E", [-1, 0] => "W", [0, 1] => "S", [0, -1] => "N" }[[x2 - x1, y2 - y1]]
end
p dirs.join.gsub(/(.)\1*/) { "#{$&.size}#{$1}" }
blocked = MAZE.map(&:dup)
blocked[7][5] = "#"
blocked[4][3] = "#"
p bfs(blocked, start, goal)
open_cells = MAZE.join.count(".")
p open_cells
