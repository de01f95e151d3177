print "no newline"
print "\n"
$stdout.puts "stdout puts"
STDOUT.print "STDOUT print\n"
$stdout.write("write ", "two\n")
$stdout << "chained " << "output\n"
puts nil.inspect
puts [nil].inspect
puts [[], [nil]]
pp({ a: 1 })
x = pp 5
p x
$stdout.printf("%03d\n", 7)
printf("%s=%d\n", "k", 1)
putc "A"
putc 66
puts
$stderr.puts "not compared"
warn "also not compared"
