# yaml/scalar_scanner: what a plain (unquoted) YAML scalar means, by Psych's rules:
# nil (~, null, empty), booleans (true/yes/on, false/no/off in any case), integers
# (decimal with _ and , separators, 0b, 0x, leading-0 octal, base-60 1:30), floats
# (with a point, .inf, .nan), :symbols, dates and times; anything else is a String.
module Psych
  module ScalarScanner
    INTEGER = /\A(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)\z/
    FLOAT = /\A[-+]?(?:[0-9][0-9_,]*)?\.[0-9]*(?:[eE][-+][0-9]+)?\z/
    BASE60_INT = /\A[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}\z/
    BASE60_FLOAT = /\A[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}\.[0-9_]*\z/
    DATE = /\A\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)\z/
    TIME = /\A-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?\z/

    module_function

    # The kind of value a plain scalar stands for (:string for text).
    def kind(s)
      return :null if s.empty? || s == "~" || s.match?(/\Anull\z/i)
      return :bool if s.match?(/\A(?:yes|true|on|no|false|off)\z/i)
      return :date if s.match?(DATE)
      return :time if s.match?(TIME)
      return :float if s.match?(/\A[-+]?\.(?:inf|Inf|INF)\z/) || s.match?(/\A\.(?:nan|NaN|NAN)\z/)
      return :symbol if s.match?(/\A:./)
      return :int if s.match?(BASE60_INT) || s.match?(INTEGER)
      return :float if s.match?(BASE60_FLOAT) || (s.match?(FLOAT) && s != "." && s.match?(/\d/))
      :string
    end

    def plain_string?(s) = kind(s) == :string

    # The value of plain scalar s; symbols and dates only when permitted.
    def tokenize(s, loader = nil)
      case kind(s)
      when :null then nil
      when :bool then s.match?(/\A(?:yes|true|on)\z/i)
      when :int then s.include?(":") ? base60(s) : Integer(s.delete(",_"))
      when :float then float(s)
      when :symbol then loader ? loader.symbol(s) : s
      when :date then loader ? loader.date(s) : s
      when :time then loader ? loader.time(s) : s
      else s
      end
    end

    def float(s)
      return Float::NAN if s.match?(/\A\.nan\z/i)
      return (s.start_with?("-") ? -Float::INFINITY : Float::INFINITY) if s.match?(/\.inf\z/i)
      return base60(s).to_f if s.include?(":")
      Float(s.delete(",_").sub(/\.([eE]|\z)/, '\1').sub(/\A([-+]?)\./, '\10.'))
    end

    # Psych's reading of 1:30 and 1:02:03: the last part counts 60 (minutes), the one
    # before 3600, the one before that 1 (so "12:30" is 45000).
    def base60(s)
      sign = s.start_with?("-") ? -1 : 1
      parts = s.gsub(/[-+_]/, "").split(":")
      value = parts.each_with_index.sum { |p, e| (p.include?(".") ? p.to_f : p.to_i) * 60**(e - 2).abs }
      sign * value
    end
  end
end
