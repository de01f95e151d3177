# optparse: OptionParser, command-line option parsing with generated help. Switches are
# declared with on("-x", "--long ARG", Type, "description") { |value| ... }; parse!
# removes what it recognised from the argument list. Help text, error classes and
# messages follow CRuby's ("invalid option: -x", "missing argument: --name").
class OptionParser
  Version = "0.2.0"

  class ParseError < RuntimeError
    Reason = "parse error"

    attr_reader :args
    attr_writer :reason
    # A callable given the first argument; its result ends the message ("Did you mean?").
    attr_accessor :additional

    def initialize(*args, additional: nil)
      @args = args
      @arg0 = args.first
      @additional = additional
      @reason = nil
      super(args.join(" "))
    end

    def reason
      @reason || self.class::Reason
    end

    def recover(argv)
      argv[0, 0] = @args
      argv
    end

    def message
      "#{reason}: #{args.join(' ')}#{additional[@arg0] if additional}"
    end
    alias to_s message

    def inspect
      "#<#{self.class}: #{args.join(' ')}>"
    end
  end

  class AmbiguousOption < ParseError
    Reason = "ambiguous option"
  end

  class NeedlessArgument < ParseError
    Reason = "needless argument"
  end

  class MissingArgument < ParseError
    Reason = "missing argument"
  end

  class InvalidOption < ParseError
    Reason = "invalid option"
  end

  class InvalidArgument < ParseError
    Reason = "invalid argument"
  end

  class AmbiguousArgument < InvalidArgument
    Reason = "ambiguous argument"
  end

  # One declared switch.
  class Switch
    attr_reader :shorts, :longs, :arg, :style, :desc, :block, :negatable
    attr_accessor :converter, :enum, :pattern

    def initialize(shorts, longs, arg, style, desc, block, negatable)
      @shorts = shorts
      @longs = longs
      @arg = arg
      @style = style   # :none, :required or :optional
      @desc = desc
      @block = block
      @negatable = negatable
    end

    def switch_name
      name = @longs.first || @shorts.first
      name.sub(/\A-+/, "").sub(/\A\[no-\]/, "")
    end

    # The help line's left column: "-v, --[no-]verbose", "    --list LIST".
    def left
      shorts = @shorts.dup
      longs = @longs.dup
      if @arg
        if longs.empty?
          shorts[-1] += @arg.start_with?("=") ? @arg[1..] : (@arg.start_with?("[") ? @arg : " #{@arg}")
        else
          longs[-1] += @arg.start_with?("=") || @arg.start_with?("[=") ? @arg : " #{@arg}"
        end
      end
      s = shorts.join(", ")
      l = longs.join(", ")
      return l.empty? ? s : "#{s}, #{l}" unless shorts.empty?
      "    #{l}"
    end

    def summarize(width, indent)
      left_col = left
      lines = []
      if @desc.empty?
        lines << "#{indent}#{left_col}"
      elsif left_col.size > width
        lines << "#{indent}#{left_col}"
        @desc.each { |d| lines << "#{indent}#{' ' * width} #{d}" }
      else
        lines << "#{indent}#{left_col.ljust(width)} #{@desc.first}"
        @desc.drop(1).each { |d| lines << "#{indent}#{' ' * width} #{d}" }
      end
      lines
    end
  end

  Separator = Struct.new(:text) do
    def summarize(_width, _indent)
      [text]
    end
  end

  DEFAULT_ACCEPTORS = {
    Object => ->(s) { s },
    String => ->(s) { s },
    Integer => ->(s) { Integer(s) },
    Float => ->(s) { Float(s) },
    Numeric => ->(s) { s.include?("/") ? Rational(s) : (s.match?(/[.eE]/) ? Float(s) : Integer(s)) },
    Array => ->(s) { s.split(",") },
    Symbol => ->(s) { s.to_sym },
    Regexp => ->(s) { Regexp.new(s) },
    TrueClass => lambda { |s|
      case s
      when nil, "", /\A(?:yes|true|\+)\z/i then true
      when /\A(?:no|false|-)\z/i then false
      else raise ArgumentError
      end
    },
    FalseClass => lambda { |s|
      case s
      when nil, "", /\A(?:yes|true|\+)\z/i then true
      when /\A(?:no|false|-)\z/i then false
      else raise ArgumentError
      end
    },
  }

  decimal = '\d+(?:_\d+)*'
  binary = 'b[01]+(?:_[01]+)*'
  hex = 'x[\da-f]+(?:_[\da-f]+)*'
  octal = "0(?:[0-7]+(?:_[0-7]+)*|#{binary}|#{hex})?"
  float = "(?:#{decimal}(?=(.)?)(?:\\.(?:#{decimal})?)?|\\.#{decimal})(?:E[-+]?#{decimal})?"
  # Integer without octal (a leading 0 is decimal), integer with octal/0b/0x but no plain
  # decimal, and a decimal integer or float: each a pattern that is also the acceptor's key.
  DecimalInteger = /\A[-+]?#{decimal}\z/io
  OctalInteger = /\A[-+]?(?:[0-7]+(?:_[0-7]+)*|0(?:#{binary}|#{hex}))\z/io
  DecimalNumeric = /\A[-+]?#{float}\z/io
  DEFAULT_ACCEPTORS[DecimalInteger] = ->(s) { Integer(s, 10) }
  DEFAULT_ACCEPTORS[OctalInteger] = ->(s) { Integer(s, 8) }
  DEFAULT_ACCEPTORS[DecimalNumeric] = ->(s) { DecimalNumeric.match(s)&.[](1) ? Float(s) : Integer(s) }
  DEFAULT_ACCEPTORS.freeze

  # The acceptable argument classes that are patterns, for `include OptionParser::Acceptables`.
  module Acceptables
    const_set(:DecimalInteger, OptionParser::DecimalInteger)
    const_set(:OctalInteger, OptionParser::OctalInteger)
    const_set(:DecimalNumeric, OptionParser::DecimalNumeric)
  end

  attr_accessor :banner, :program_name, :summary_width, :summary_indent, :version,
                :release, :default_argv

  def initialize(banner = nil, width = 32, indent = " " * 4)
    @banner = banner
    @summary_width = width
    @summary_indent = indent
    @program_name = nil
    @head = []
    @body = []
    @tail = []
    @acceptors = DEFAULT_ACCEPTORS.dup
    @default_argv = ARGV
    yield self if block_given?
  end

  def self.accept(klass, pattern = nil, &block)
    (@global_acceptors ||= {})[klass] = block
  end

  def self.global_acceptors
    @global_acceptors || {}
  end

  def accept(klass, pattern = nil, &block)
    @acceptors[klass] = block
  end

  def program_name
    @program_name || File.basename($0, ".*")
  end

  def banner
    @banner || "Usage: #{program_name} [options]"
  end

  def ver
    v = version
    return nil unless v
    str = +"#{program_name} #{[v].join('.')}"
    str << " (#{release})" if release
    str
  end

  def on(*args, &block)
    @body << make_switch(args, block)
    self
  end
  alias def_option on

  def on_head(*args, &block)
    @head << make_switch(args, block)
    self
  end
  alias def_head_option on_head

  def on_tail(*args, &block)
    @tail << make_switch(args, block)
    self
  end
  alias def_tail_option on_tail

  def separator(string)
    @body << Separator.new(string)
  end

  def summarize(to = [], width = @summary_width, max = width - 1, indent = @summary_indent)
    (@head + @body + @tail).each do |item|
      item.summarize(width, indent).each { |line| to << "#{line}\n" }
    end
    to
  end

  def help
    out = banner.to_s.sub(/\n?\z/, "\n")
    summarize.each { |line| out << line }
    out
  end
  alias to_s help

  def to_a
    summarize([banner.to_s.sub(/\n?\z/, "\n")])
  end

  # --- parsing -------------------------------------------------------------------------

  def parse(*argv, into: nil)
    argv = argv[0].dup if argv.size == 1 && argv[0].is_a?(Array)
    parse!(argv, into: into)
  end

  def parse!(argv = default_argv, into: nil)
    if defined?(ENV) && ENV.include?("POSIXLY_CORRECT")
      order!(argv, into: into)
    else
      permute!(argv, into: into)
    end
  end

  def permute(*argv, into: nil)
    argv = argv[0].dup if argv.size == 1 && argv[0].is_a?(Array)
    permute!(argv, into: into)
  end

  def permute!(argv = default_argv, into: nil)
    rest = []
    run(argv, into) { |arg| rest << arg; true }
    argv.replace(rest)
    argv
  end

  def order(*argv, into: nil, &nonopt)
    argv = argv[0].dup if argv.size == 1 && argv[0].is_a?(Array)
    order!(argv, into: into, &nonopt)
  end

  def order!(argv = default_argv, into: nil, &nonopt)
    rest = []
    run(argv, into) do |arg|
      if nonopt
        nonopt.call(arg)
        true
      else
        rest << arg
        false
      end
    end
    argv.replace(rest + argv)
    argv
  end

  def getopts(*args)
    argv = args.first.is_a?(Array) ? args.shift : default_argv
    single, *long = args
    result = {}
    single&.scan(/(.)(:)?/) do |opt, val|
      if val
        result[opt] = nil
        on("-#{opt} VAL") { |v| result[opt] = v }
      else
        result[opt] = false
        on("-#{opt}") { result[opt] = true }
      end
    end
    long.each do |arg|
      arg, desc = arg.split(";", 2)
      opt, val = arg.split(":", 2)
      if val
        result[opt] = val.empty? ? nil : val
        on("--#{opt} VAL", *[desc].compact) { |v| result[opt] = v }
      else
        result[opt] = false
        on("--#{opt}", *[desc].compact) { result[opt] = true }
      end
    end
    parse!(argv)
    result
  end

  private

  def make_switch(args, block)
    shorts = []
    longs = []
    arg = nil
    style = :none
    desc = []
    converter = nil
    enum = nil
    pattern = nil
    negatable = false
    args.each do |a|
      if @acceptors.key?(a) || OptionParser.global_acceptors.key?(a)
        converter = a
        next
      end
      case a
      when /\A--\[no-\]([^\s=\[]+)(.*)\z/m
        longs << "--[no-]#{$1}"
        negatable = true
        arg, style = arg_spec($2) unless $2.strip.empty?
      when /\A--([^\s=\[]+)(.*)\z/m
        longs << "--#{$1}"
        arg, style = arg_spec($2) unless $2.strip.empty?
      when /\A-(\[\^?\]?(?:[^\\\]]|\\.)*\])(.*)\z/m, /\A-(.)(.*)\z/m
        shorts << "-#{$1}"
        rest = $2
        arg, style = arg_spec(rest, short: true) unless rest.strip.empty?
      when String
        desc << a
      when Class, Module
        converter = a
      when Array
        enum = a.map { |v| [v.to_s, v] }.to_h
      when Hash
        enum = a.map { |k, v| [k.to_s, v] }.to_h
      when Regexp
        pattern = a
      when Proc, Method
        block ||= a
      end
    end
    sw = Switch.new(shorts, longs, arg, style, desc, block, negatable)
    sw.converter = converter
    sw.enum = enum
    sw.pattern = pattern
    sw
  end

  # "ARG" / " ARG" / "=ARG" -> required; "[ARG]" / " [ARG]" / "=[ARG]" / "[=ARG]" -> optional.
  def arg_spec(text, short: false)
    t = text.sub(/\A\s+/, "")
    if t.start_with?("[")
      [text.start_with?(" ") || short ? t : text, :optional]
    elsif t.start_with?("=[")
      [t, :optional]
    else
      [text.start_with?("=") ? text : t, :required]
    end
  end

  def all_switches
    @head + @body + @tail
  end

  def switches
    all_switches.grep(Switch)
  end

  # Runs over argv, consuming options; each non-option goes to the block, which says
  # whether to go on.
  def run(argv, into)
    while (arg = argv.shift)
      if arg == "--"
        argv.each { |a| yield a } if block_given?
        argv.clear
        break
      elsif arg.start_with?("--")
        long_option(arg, argv, into)
      elsif arg.start_with?("-") && arg != "-"
        short_options(arg, argv, into)
      else
        unless yield(arg)
          argv.unshift(arg)
          break
        end
      end
    end
  end

  def long_option(arg, argv, into)
    name, eq, value = arg[2..].partition("=")
    value = nil if eq.empty?
    sw, negated = find_long(name, arg)
    unless sw
      return builtin_long(name, arg) || raise(InvalidOption.new(arg, additional: suggestion(name)))
    end
    shown = eq.empty? ? arg : arg
    case sw.style
    when :none
      raise NeedlessArgument.new(arg) if value
      fire(sw, negated ? false : true, into, arg)
    when :required
      if value.nil?
        raise MissingArgument.new(arg) if argv.empty?
        value = argv.shift
        shown = "#{arg} #{value}"
      end
      fire(sw, convert(sw, value, shown), into, arg)
    when :optional
      if value.nil? && !argv.empty? && !argv.first.start_with?("-")
        value = argv.shift
        shown = "#{arg} #{value}"
      end
      fire(sw, value.nil? ? nil : convert(sw, value, shown), into, arg)
    end
  end

  def builtin_long(name, arg)
    case name.empty? ? name : %w[help version].find { |n| n.start_with?(name) }
    when "help"
      puts help
      exit
    when "version"
      v = ver or abort("#{program_name}: version unknown")
      puts v
      exit
    end
  end

  # The switch a long name (or a unique prefix of one) names, and whether it was the
  # no- form. Searched as CRuby's lists are: on/on_head switches, then on_tail ones, then
  # the built-in --help/--version; an ambiguous prefix within one list is an error.
  def find_long(name, arg)
    groups = [@head + @body, @tail].map { |g| g.grep(Switch) }
    groups.each do |group|
      group.each do |sw|
        long_names(sw).each { |n, negated| return [sw, negated] if n == name }
      end
    end
    groups.each do |group|
      hits = []
      group.each do |sw|
        long_names(sw).each { |n, negated| hits << [sw, negated] if n.start_with?(name) }
      end
      hits.uniq! { |sw, negated| [sw.object_id, negated] }
      raise AmbiguousOption.new(arg, additional: suggestion(name)) if hits.size > 1
      return hits[0] if hits.size == 1
    end
    nil
  end

  # [name, negated] of each long form of a switch: "verbose" and "no-verbose" for
  # --[no-]verbose.
  def long_names(sw)
    sw.longs.flat_map do |l|
      if sw.negatable
        base = l.sub("--[no-]", "")
        [[base, false], ["no-#{base}", true]]
      else
        [[l[2..], false]]
      end
    end
  end

  # The "Did you mean?" lines for a mistyped long option (did_you_mean's spell checker
  # over every long name), as a callable for ParseError#additional.
  def suggestion(name)
    lambda do |_arg0|
      names = switches.flat_map { |sw| long_names(sw).map(&:first) } + %w[help version]
      checker = DidYouMean::SpellChecker.new(dictionary: names)
      DidYouMean.formatter.message_for(names & checker.correct(name))
    end
  end

  def find_short(ch)
    switches.find { |sw| sw.shorts.include?("-#{ch}") }
  end

  def short_options(arg, argv, into)
    i = 1
    while i < arg.size
      ch = arg[i]
      sw = find_short(ch)
      unless sw
        return if ch == "h" && builtin_long("help", arg)
        raise InvalidOption.new("-#{ch}") if i > 1
        raise InvalidOption.new(arg)
      end
      rest = arg[(i + 1)..]
      flag = "-#{ch}"
      case sw.style
      when :none
        fire(sw, true, into, flag)
        i += 1
        next
      when :required
        if rest.empty?
          raise MissingArgument.new(flag) if argv.empty?
          value = argv.shift
          fire(sw, convert(sw, value, "#{flag} #{value}"), into, flag)
        else
          fire(sw, convert(sw, rest, "#{flag}#{rest}"), into, flag)
        end
      when :optional
        if rest.empty?
          value = !argv.empty? && !argv.first.start_with?("-") ? argv.shift : nil
          fire(sw, value.nil? ? nil : convert(sw, value, "#{flag} #{value}"), into, flag)
        else
          fire(sw, convert(sw, rest, "#{flag}#{rest}"), into, flag)
        end
      end
      return
    end
  end

  def convert(sw, value, shown)
    if sw.pattern && !sw.pattern.match?(value)
      raise InvalidArgument.new(shown)
    end
    if sw.enum
      return sw.enum[value] if sw.enum.key?(value)
      hits = sw.enum.keys.select { |k| k.start_with?(value) }
      raise InvalidArgument.new(shown) if hits.empty?
      raise AmbiguousArgument.new(shown) if hits.size > 1
      return sw.enum[hits[0]]
    end
    return value unless sw.converter
    conv = @acceptors[sw.converter] || OptionParser.global_acceptors[sw.converter]
    return value unless conv
    begin
      conv.call(value)
    rescue ArgumentError, TypeError
      raise InvalidArgument.new(shown)
    end
  end

  def fire(sw, value, into, _given)
    result = sw.block ? sw.block.call(value) : value
    into[sw.switch_name.to_sym] = sw.block ? result : value if into
    result
  end
end

OptParse = OptionParser
