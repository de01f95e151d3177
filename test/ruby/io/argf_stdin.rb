# ARGF reads $stdin (here /dev/null) when ARGV is empty at its first read.
p ARGV, ARGF.filename, ARGF.file.equal?($stdin)
p gets, $., ARGF.lineno, ARGF.eof?
p ARGF.read, ARGF.read(1), readlines, ARGF.each_line.to_a
p((readline rescue $!))
p ARGF.getc, ARGF.getbyte, ARGF.filename
ARGV << __FILE__
p gets, ARGF.filename
