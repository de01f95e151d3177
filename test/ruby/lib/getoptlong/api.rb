require 'getoptlong'
S = [['--verbose', '-v', GetoptLong::NO_ARGUMENT], ['--name', '-n', GetoptLong::REQUIRED_ARGUMENT]]
p GetoptLong.constants.sort, GetoptLong.instance_methods(false).sort, GetoptLong::VERSION
p GetoptLong::ORDERINGS, GetoptLong::ARGUMENT_FLAGS, GetoptLong::InvalidOption.ancestors[0, 3]
ARGV.replace(%w[-v x -n 1])
o = GetoptLong.new(*S)
p o.get, o.get_option, o.get, ARGV, o.terminated?, o.error?
o = GetoptLong.new
p o.ordering, o.set_options(*S).class, o.quiet?
o.terminate
p o.terminated?, (o.set_options(*S) rescue $!)
p((GetoptLong.new(['--a', 5]) rescue $!))
p((GetoptLong.new(['a', GetoptLong::NO_ARGUMENT]) rescue $!))
p((GetoptLong.new(['--a', '--a', GetoptLong::NO_ARGUMENT]) rescue $!))
p((GetoptLong.new(['--a']) rescue $!))
p((GetoptLong.new('--a') rescue $!))
begin
  GetoptLong.new.ordering = 7
rescue ArgumentError => e
  p e
end
$stderr = $stdout
ARGV.replace(%w[--zz])
o = GetoptLong.new(*S)
(o.get rescue p $!)
p o.error, o.error_message, o.error?, o.get
p((o.terminate rescue $!))
ARGV.replace(%w[a -v b])
o = GetoptLong.new(*S)
o.ordering = GetoptLong::REQUIRE_ORDER
o.each_option { |n, a| p [n, a] }
p ARGV
