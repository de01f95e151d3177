# CRuby: builds the same graph as graph_commit.rb and writes it with Marshal.dump to
# ARGV[1], then fsyncs; prints the seconds of dump + write + fsync (building is not timed).
require_relative 'node'
n = Integer(ARGV[0])
graph = Array.new(n) { |i| Node.new(i, i + 1, i + 2) }
t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
File.open(ARGV[1], 'wb') do |f|
  Marshal.dump(graph, f)
  f.fsync
end
t1 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
puts "seconds #{t1 - t0}"
