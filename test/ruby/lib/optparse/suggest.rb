# OptionParser: long options are completed list by list (on/on_head switches before
# on_tail ones, the built-in --help/--version last), a mistyped long option's message
# ends with did_you_mean's suggestions, and the pattern acceptors DecimalInteger,
# OctalInteger and DecimalNumeric convert (or reject) their arguments.
require 'optparse'

op = OptionParser.new do |o|
  o.on("-v", "--[no-]verbose", "Run verbosely")
  o.on("-n", "--count N", Integer, "A count")
  o.on("--[no-]color", "Colour")
  o.on("--dec N", OptionParser::DecimalInteger) { |v| p [:dec, v] }
  o.on("-d N", OptionParser::DecimalNumeric) { |v| p [:num, v] }
  o.on("-o N", OptionParser::OctalInteger) { |v| p [:oct, v] }
  o.on_tail("--version-info", "Show version") { p :version_info }
end

def run(op, argv)
  h = {}
  rest = op.parse(argv, into: h)
  p [argv, h, rest]
rescue OptionParser::ParseError => e
  p e
  puts e.message
end

run(op, %w[--ver])
run(op, %w[--no-count])
run(op, %w[--colr])
run(op, %w[--co])
run(op, %w[--deci=3])
run(op, %w[--bogus])
run(op, %w[-q])
run(op, %w[--no-verb x])
%w[017 1_000 0x3 -5].each { |a| run(op, ["--dec", a]) }
%w[1.5 010 1e3 x .5].each { |a| run(op, ["-d", a]) }
%w[17 0x1f 9 -7].each { |a| run(op, ["-o", a]) }
e = OptionParser::InvalidOption.new("--x", additional: ->(arg0) { " (#{arg0})" })
puts e.message
p OptionParser::Acceptables.constants.sort
p OptionParser::DecimalInteger.match?("12"), OptionParser::OctalInteger.match?("8")

op2 = OptionParser.new { |o| o.on("-a") }
op2.program_name = "prog"
exit_status = lambda do |argv|
  op2.parse(argv)
rescue SystemExit => e
  p [:exit, e.status]
end
exit_status.call(%w[--vers])
op2.version = "1.2"
exit_status.call(%w[--vers])
exit_status.call(%w[--he])
