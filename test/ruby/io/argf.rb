# ARGF over the files in ARGV (shifted as each opens), Kernel#gets/readline/readlines,
# ARGF.filename/lineno/eof?/skip/read, $. and IO#lineno.
require 'tmpdir'

Dir.mktmpdir do |dir|
  a = File.join(dir, "a.txt")
  b = File.join(dir, "b.txt")
  File.write(a, "a1\na2\n")
  File.write(b, "b1\nb2\nb3")
  name = ->(f) { f&.sub(dir, "DIR") }

  p ARGF, ARGF.class, $<.equal?(ARGF), ARGF.argv.equal?(ARGV), $.
  ARGV.replace([a, b])
  p name[ARGF.filename], ARGV.size
  line = gets
  p line, $_, $., ARGF.lineno, name[ARGF.filename], ARGF.file.lineno
  p gets, ARGF.eof?
  p gets, name[ARGF.filename], $., ARGF.file.lineno, ARGV
  p readline, gets, gets, $.
  p((readline rescue $!.class))
  p ARGF.lineno

  ARGV.replace([b, a])
  p ARGF.each_line.map { |l| [name[ARGF.filename], ARGF.lineno, l] }
  ARGV.replace([a, b])
  p readlines
  ARGV.replace([a, b])
  p ARGF.read, ARGF.read
  ARGV.replace([a, b])
  p ARGF.read(4), ARGF.read(3), ARGF.getc, ARGF.readchar
  ARGF.skip
  p gets, name[ARGF.filename]
  ARGV.replace([a, "-", b])
  p ARGF.to_a
  ARGV.replace([a, b])
  p ARGF.each_with_index.map { |l, i| "#{i}:#{l.chomp}" }
  p $<.lineno
  ARGF.lineno = 100
  p $.

  File.open(a) do |f|
    p f.lineno, f.gets, f.lineno, $., f.gets, f.lineno
    f.lineno = 10
    p f.gets, f.lineno, $.
    f.rewind
    p f.each_line.to_a.size, f.lineno
  end
  ARGV.replace([File.join(dir, "none.txt")])
  p((gets rescue [$!.class, name[$!.message]]))
end
