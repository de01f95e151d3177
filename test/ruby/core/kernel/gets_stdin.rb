line = gets
p line
p $stdin.read
p $stdin.eof?
p STDIN.gets
p ARGV
