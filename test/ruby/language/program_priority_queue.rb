# A binary-heap priority queue with Enumerable, used for a task scheduler and Dijkstra.
class PriorityQueue
  include Enumerable

  def initialize(&cmp)
    @heap = []
    @cmp = cmp || ->(a, b) { a <=> b }
    @seq = 0
  end

  def push(item, priority)
    @heap << [priority, @seq += 1, item]
    sift_up(@heap.size - 1)
    self
  end
  alias << push

  def pop
    return nil if @heap.empty?
    top = @heap[0]
    last = @heap.pop
    unless @heap.empty?
      @heap[0] = last
      sift_down(0)
    end
    top[2]
  end

  def peek = @heap.empty? ? nil : @heap[0][2]
  def size = @heap.size
  def empty? = @heap.empty?

  def each
    return to_enum(:each) unless block_given?
    copy = dup_heap
    until copy.empty?
      yield copy.pop
    end
  end

  protected

  attr_writer :heap

  private

  def dup_heap
    q = PriorityQueue.new(&@cmp)
    q.heap = @heap.map(&:dup)
    q
  end

  def less(i, j)
    c = @cmp.call(@heap[i][0], @heap[j][0])
    c < 0 || (c == 0 && @heap[i][1] < @heap[j][1])
  end

  def sift_up(i)
    while i > 0
      parent = (i - 1) / 2
      break unless less(i, parent)
      @heap[i], @heap[parent] = @heap[parent], @heap[i]
      i = parent
    end
  end

  def sift_down(i)
    n = @heap.size
    loop do
      l, r = 2 * i + 1, 2 * i + 2
      m = i
      m = l if l < n && less(l, m)
      m = r if r < n && less(r, m)
      break if m == i
      @heap[i], @heap[m] = @heap[m], @heap[i]
      i = m
    end
  end
end

q = PriorityQueue.new
[["write report", 3], ["fix bug", 1], ["lunch", 5], ["review", 2], ["deploy", 1], ["email", 4]].each do |t, pr|
  q.push(t, pr)
end
p q.size, q.peek
p q.to_a
p q.first(2)
p q.map(&:upcase).select { |s| s.include?("E") }
order = []
order << q.pop until q.empty?
p order
p q.pop

maxq = PriorityQueue.new { |a, b| b <=> a }
[5, 1, 9, 3, 7, 9].each { |x| maxq.push(x.to_s, x) }
out = []
out << maxq.pop until maxq.empty?
p out

GRAPH = {
  "A" => { "B" => 7, "C" => 9, "F" => 14 },
  "B" => { "A" => 7, "C" => 10, "D" => 15 },
  "C" => { "A" => 9, "B" => 10, "D" => 11, "F" => 2 },
  "D" => { "B" => 15, "C" => 11, "E" => 6 },
  "E" => { "D" => 6, "F" => 9 },
  "F" => { "A" => 14, "C" => 2, "E" => 9 },
}
def dijkstra(graph, src)
  dist = Hash.new(Float::INFINITY)
  prev = {}
  dist[src] = 0
  pq = PriorityQueue.new
  pq.push(src, 0)
  until pq.empty?
    u = pq.pop
    graph[u].each do |v, w|
      alt = dist[u] + w
      if alt < dist[v]
        dist[v] = alt
        prev[v] = u
        pq.push(v, alt)
      end
    end
  end
  [dist, prev]
end
dist, prev = dijkstra(GRAPH, "A")
GRAPH.keys.sort.each do |node|
  path = [node]
  path.unshift(prev[path.first]) while prev[path.first]
  puts "#{node}: #{dist[node].to_s.rjust(2)} via #{path.join(' -> ')}"
end
