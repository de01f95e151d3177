# getoptlong: GetoptLong, GNU getopt_long() style option parsing of ARGV: long options
# (--name, --name=value, unambiguous prefixes), short ones (-v, clusters -vn, -nvalue),
# each with no, a required or an optional argument; options in any order (PERMUTE,
# non-options handed back in ARGV), up to the first non-option (REQUIRE_ORDER) or with
# the non-options returned as ["", arg] (RETURN_IN_ORDER); errors raised as
# GetoptLong::Error subclasses with getopt's messages, printed to $stderr unless quiet.
class GetoptLong
  VERSION = "0.1.1"

  ORDERINGS = [REQUIRE_ORDER = 0, PERMUTE = 1, RETURN_IN_ORDER = 2]
  ARGUMENT_FLAGS = [NO_ARGUMENT = 0, REQUIRED_ARGUMENT = 1, OPTIONAL_ARGUMENT = 2]
  STATUS_YET, STATUS_STARTED, STATUS_TERMINATED = 0, 1, 2

  class Error < StandardError; end
  class AmbiguousOption < Error; end
  class NeedlessArgument < Error; end
  class MissingArgument < Error; end
  class InvalidOption < Error; end

  attr_reader :ordering, :error, :error_message
  attr_accessor :quiet
  alias quiet? quiet
  alias error? error

  def initialize(*arguments)
    @ordering = ENV.include?("POSIXLY_CORRECT") ? REQUIRE_ORDER : PERMUTE
    @canonical_names = {}
    @argument_flags = {}
    @quiet = false
    @status = STATUS_YET
    @error = nil
    @error_message = nil
    @rest_singles = ""
    @non_option_arguments = []
    set_options(*arguments) unless arguments.empty?
  end

  def ordering=(ordering)
    unless @status == STATUS_YET
      set_error(ArgumentError, "argument error")
      raise RuntimeError, "invoke ordering=, but option processing has already started"
    end
    raise ArgumentError, "invalid ordering `#{ordering}'" unless ORDERINGS.include?(ordering)
    @ordering = ENV.include?("POSIXLY_CORRECT") ? REQUIRE_ORDER : ordering
  end

  # Replaces the option table: each argument is [name, alias..., flag].
  def set_options(*arguments)
    unless @status == STATUS_YET
      raise RuntimeError, "invoke set_options, but option processing has already started"
    end
    names = {}
    flags = {}
    arguments.each do |spec|
      raise ArgumentError, "the option list contains non-Array argument" unless spec.is_a?(Array)
      flag = spec.find { |e| ARGUMENT_FLAGS.include?(e) }
      raise ArgumentError, "no argument-flag" if flag.nil?
      canonical = nil
      spec.each do |name|
        next if ARGUMENT_FLAGS.include?(name)
        unless name.is_a?(String) && name.match?(/\A-([^-]|-.+)\z/)
          raise ArgumentError, "an invalid option `#{name}'"
        end
        raise ArgumentError, "option redefined `#{name}'" if names.key?(name)
        canonical ||= name
        names[name] = canonical
        flags[name] = flag
      end
    end
    @canonical_names = names
    @argument_flags = flags
    self
  end

  def terminate
    return nil if @status == STATUS_TERMINATED
    raise RuntimeError, "an error has occurred" if @error
    @status = STATUS_TERMINATED
    ARGV.unshift(*@non_option_arguments)
    @non_option_arguments = []
    @rest_singles = ""
    self
  end

  def terminated?
    @status == STATUS_TERMINATED
  end

  # The next option as [canonical name, argument] ("" when it takes none), or nil at the
  # end of the options.
  def get
    return nil if @error || @status == STATUS_TERMINATED
    @status = STATUS_STARTED
    return get_short(@rest_singles) unless @rest_singles.empty?
    loop do
      if ARGV.empty?
        terminate
        return nil
      end
      arg = ARGV.first
      if arg == "--"
        ARGV.shift
        terminate
        return nil
      elsif arg.start_with?("-") && arg != "-"
        ARGV.shift
        return arg.start_with?("--") ? get_long(arg) : get_short(arg[1..])
      elsif @ordering == PERMUTE
        @non_option_arguments << ARGV.shift
      elsif @ordering == RETURN_IN_ORDER
        return ["", ARGV.shift]
      else
        terminate
        return nil
      end
    end
  end
  alias get_option get

  def each
    loop do
      name, arg = get
      break if name.nil?
      yield name, arg
    end
  end
  alias each_option each

  protected

  def set_error(type, message)
    $stderr.print("#{$0}: #{message}\n") unless @quiet
    @error = type
    @error_message = message
    @rest_singles = ""
    @non_option_arguments = []
    raise type, message
  end

  private

  def get_long(arg)
    typed, value = arg.split("=", 2)
    name = long_name(typed)
    if @argument_flags[name] == NO_ARGUMENT
      set_error(NeedlessArgument, "option `#{name}' doesn't allow an argument") if value
      value = ""
    else
      value = argument(@argument_flags[name], value, "option `#{typed}' requires an argument")
    end
    [@canonical_names[name], value]
  end

  # The argument of an option that takes one: given inline (--name=value, -nvalue) or
  # the next word (any for a required argument, a non-option for an optional one).
  def argument(flag, inline, missing_message)
    return inline if inline
    if flag == REQUIRED_ARGUMENT
      set_error(MissingArgument, missing_message) if ARGV.empty?
      ARGV.shift
    else
      ARGV.empty? || ARGV.first.start_with?("-") ? "" : ARGV.shift
    end
  end

  # The defined name `typed` stands for: itself or the one long name it begins.
  def long_name(typed)
    return typed if @canonical_names.key?(typed)
    found = @canonical_names.keys.select { |n| n.start_with?("--") && n.start_with?(typed) }
    if found.empty?
      set_error(InvalidOption, "unrecognized option `#{typed}'")
    elsif found.size > 1
      set_error(AmbiguousOption, "option `#{typed}' is ambiguous between #{found.join(', ')}")
    end
    found.first
  end

  # The option at the head of the short-option cluster `chars` (without its "-").
  def get_short(chars)
    @rest_singles = ""
    letter = chars[0]
    rest = chars[1..]
    name = "-#{letter}"
    set_error(InvalidOption, "invalid option -- #{letter}") unless @canonical_names.key?(name)
    if @argument_flags[name] == NO_ARGUMENT
      @rest_singles = rest
      value = ""
    else
      value = argument(@argument_flags[name], rest.empty? ? nil : rest,
                       "option requires an argument -- #{letter}")
    end
    [@canonical_names[name], value]
  end
end
