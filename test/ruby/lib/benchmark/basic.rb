require 'benchmark'
require "stringio"

# Times vary from run to run: the layout is what is compared.
def mask(s)
  s.gsub(/\d/, "9")
end

t = Benchmark.measure { 1000.times { |i| i * i } }
p t.class, t.real >= 0, t.utime >= 0, t.total >= t.utime
p mask(t.format("%n %u %y %t %r"))
p mask(t.to_s)
p Benchmark.realtime { 10 }.class
p Benchmark::CAPTION
old = $stdout
$stdout = StringIO.new
r = Benchmark.bm(7) do |x|
  x.report("first:") { 100.times { } }
  x.report("second:") { 100.times { } }
end
out = $stdout.string
$stdout = old
puts mask(out)
p r.size, r.map(&:label)
$stdout = StringIO.new
Benchmark.bm { |x| x.report { 1 } }
out = $stdout.string
$stdout = old
puts mask(out)
sum = Benchmark::Tms.new(1.0, 2.0, 0.0, 0.0, 4.0, "x") + Benchmark::Tms.new(1.0, 1.0, 0.0, 0.0, 1.0)
p sum.utime, sum.stime, sum.total, sum.real
puts (sum / 2).format("%u|%y|%t|%r")
