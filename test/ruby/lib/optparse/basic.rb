require 'optparse'
options = {}
parser = OptionParser.new do |opts|
  opts.banner = "Usage: example.rb [options]"
  opts.on("-v", "--[no-]verbose", "Run verbosely") { |v| options[:verbose] = v }
  opts.on("-n", "--name NAME", "Name to use") { |v| options[:name] = v }
  opts.on("-c", "--count N", Integer, "How many") { |v| options[:count] = v }
  opts.on("--list a,b,c", Array, "A list") { |v| options[:list] = v }
  opts.on("-t", "--type TYPE", [:text, :binary], "Select type (text, binary)") { |v| options[:type] = v }
  opts.on("-o", "--optional [ARG]", "Optional arg") { |v| options[:opt] = v }
  opts.on("-f FLOAT", Float, "A float") { |v| options[:f] = v }
  opts.on("--very-long-option-name-here VALUE", "Long one", "second line") { |v| options[:long] = v }
  opts.separator ""
  opts.separator "Common options:"
  opts.on_tail("-h", "--help", "Show this message") { puts opts; exit }
end
puts parser
puts parser.help == parser.to_s
p parser.summary_width, parser.summary_indent, parser.program_name.class
[%w[-v -n bob file1], %w[--no-verbose --name=al -c 3 x], %w[-vc5], %w[--list a,b,c --type bin], %w[-o], %w[-ofoo --optional bar], %w[-x], %w[--name], %w[-c abc], %w[--verb], %w[--type=zzz], %w[--verbose=3], %w[a -- -v], %w[-f 1.5 -n]].each do |argv|
  options.clear
  begin
    rest = parser.parse(argv)
    p [argv, options, rest]
  rescue OptionParser::ParseError => e
    p [argv, e.class, e.message]
  end
end
a = %w[-v x y]
parser.parse!(a); p a
h = {}
OptionParser.new { |o| o.on("-a"); o.on("--bee VAL", Integer) }.parse!(%w[-a --bee 2 rest], into: h)
p h
p OptionParser::InvalidOption.ancestors.take(3)
