# CRuby: Marshal.load of the file marshal_dump.rb wrote, touching every object as
# graph_read.rb does; prints the same checksum and the seconds of load + touch.
require_relative 'node'
t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
graph = Marshal.load(File.binread(ARGV[0]))
sum = 0
graph.each { |o| sum += o.a + o.b + o.c }
t1 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
puts "checksum #{graph.size} #{sum}"
puts "seconds #{t1 - t0}"
