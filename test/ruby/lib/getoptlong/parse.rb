require 'getoptlong'
def t(argv, *specs, ordering: nil)
  ARGV.replace(argv)
  o = GetoptLong.new(*specs)
  o.ordering = ordering if ordering
  o.quiet = true
  r = []
  begin
    o.each { |n, a| r << [n, a] }
  rescue GetoptLong::Error => e
    r << [e.class, e.message]
  end
  p [r, ARGV]
end
S = [['--verbose', '-v', GetoptLong::NO_ARGUMENT], ['--name', '-n', GetoptLong::REQUIRED_ARGUMENT], ['--level', GetoptLong::OPTIONAL_ARGUMENT], ['--very', GetoptLong::NO_ARGUMENT]]
t(%w[-v --name x a b --level], *S)
t(%w[--ver], *S)
t(%w[--verb --na=foo -vnbar -n], *S)
t(%w[--bogus], *S)
t(%w[-x], *S)
t(%w[--verbose=3], *S)
t(%w[a -v -- -n x], *S)
t(%w[a -v b], *S, ordering: GetoptLong::REQUIRE_ORDER)
t(%w[a -v b], *S, ordering: GetoptLong::RETURN_IN_ORDER)
t(%w[--level 3 --level --x], *S)
t(%w[a --bogus b], *S)
t(%w[a -- b -v], *S)
t(%w[-l], ['--level', '-l', GetoptLong::OPTIONAL_ARGUMENT])
t(%w[-lfoo -l bar -l -x], ['--level', '-l', GetoptLong::OPTIONAL_ARGUMENT], ['-x', GetoptLong::NO_ARGUMENT])
t(%w[--name], *S)
t(%w[--name -v], *S)
t(%w[-n -v], *S)
t(%w[- x], *S)
t(%w[--verbose], ['--verbose', '--verb', GetoptLong::NO_ARGUMENT], ['--verbx', GetoptLong::NO_ARGUMENT])
t(%w[--verbo], ['--verbose', '--verb', GetoptLong::NO_ARGUMENT], ['--verbx', GetoptLong::NO_ARGUMENT])
t(%w[--na], *S)
t(%w[--verb=3], *S)
t(%w[--ver], ['--verbose', '--verb', GetoptLong::NO_ARGUMENT], ['--verbx', GetoptLong::NO_ARGUMENT], ['--vera', GetoptLong::NO_ARGUMENT])
t(%w[--v], ['--verbose', '--vvv', GetoptLong::NO_ARGUMENT])
t(%w[-vvx], *S)
