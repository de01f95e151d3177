r = warn("this goes to stderr")
p r
warn "multiple", "lines"
$stderr.puts "direct stderr"
$stderr.print "no newline\n"
STDERR.write("write\n")
puts "stdout only"
warn
p :done
