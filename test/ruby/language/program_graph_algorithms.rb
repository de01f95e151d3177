# Graph algorithms on adjacency lists: topological sort (Kahn), components, cycle
# detection, bipartite check, and shortest paths by BFS.
class Graph
  def initialize(directed: false)
    @adj = Hash.new { |h, k| h[k] = [] }
    @directed = directed
  end

  def add(a, b)
    @adj[a] << b
    @adj[b] << a unless @directed
    @adj[b] if @directed
    self
  end

  def nodes = @adj.keys.sort

  def topo_sort
    indeg = Hash.new(0)
    nodes.each { |n| @adj[n].each { |m| indeg[m] += 1 } }
    ready = nodes.select { |n| indeg[n].zero? }
    out = []
    until ready.empty?
      n = ready.shift
      out << n
      @adj[n].sort.each do |m|
        indeg[m] -= 1
        ready << m if indeg[m].zero?
      end
      ready.sort!
    end
    out.size == nodes.size ? out : nil
  end

  def components
    seen = {}
    nodes.each_with_object([]) do |start, comps|
      next if seen[start]
      comp = []
      stack = [start]
      until stack.empty?
        n = stack.pop
        next if seen[n]
        seen[n] = true
        comp << n
        stack.concat(@adj[n])
      end
      comps << comp.sort
    end
  end

  def bipartite?
    color = {}
    nodes.all? do |s|
      next true if color.key?(s)
      color[s] = 0
      queue = [s]
      ok = true
      while ok && (n = queue.shift)
        @adj[n].each do |m|
          if !color.key?(m)
            color[m] = 1 - color[n]
            queue << m
          elsif color[m] == color[n]
            ok = false
          end
        end
      end
      ok
    end
  end

  def distances(src)
    dist = { src => 0 }
    queue = [src]
    while (n = queue.shift)
      @adj[n].each do |m|
        next if dist.key?(m)
        dist[m] = dist[n] + 1
        queue << m
      end
    end
    dist.sort.to_h
  end
end

deps = Graph.new(directed: true)
[%w[stdlib vm], %w[parser compiler], %w[compiler vm], %w[gc vm], %w[vm tools], %w[txn vm],
 %w[shared_cache txn], %w[lexer parser]].each { |a, b| deps.add(a, b) }
p deps.topo_sort
deps.add("tools", "lexer")
p deps.topo_sort
u = Graph.new
[[1, 2], [2, 3], [4, 5], [6, 6], [7, 8], [8, 9], [9, 7]].each { |a, b| u.add(a, b) }
p u.components
p u.distances(1)
square = Graph.new
[[1, 2], [2, 3], [3, 4], [4, 1]].each { |a, b| square.add(a, b) }
tri = Graph.new
[[1, 2], [2, 3], [3, 1]].each { |a, b| tri.add(a, b) }
p square.bipartite?, tri.bipartite?
grid = Graph.new
(0...4).each { |r| (0...4).each { |c| grid.add([r, c], [r, c + 1]) if c < 3; grid.add([r, c], [r + 1, c]) if r < 3 } }
p grid.distances([0, 0])[[3, 3]], grid.components.size, grid.bipartite?
