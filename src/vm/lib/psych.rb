# psych: YAML for Ruby data as Psych 4 (CRuby 3.1's yaml) does it: Psych.dump /
# Object#to_yaml write block-style YAML (yaml/emitter), Psych.load / safe_load /
# unsafe_load / load_file read it (yaml/parser, yaml/scalar_scanner). load and
# safe_load are safe as in Psych 4: Symbols, Dates, aliases and tagged objects only
# when permitted (DisallowedClass, BadAlias otherwise); unsafe_load rebuilds
# !ruby/object, !ruby/struct and the other tags the emitter writes.
require "yaml/scalar_scanner"
require "yaml/emitter"
require "yaml/parser"

module Psych
  VERSION = "4.0.3"
  LIBYAML_VERSION = "0.2.5"

  class Exception < ::RuntimeError; end

  class BadAlias < Exception; end

  class DisallowedClass < Exception
    def initialize(action, klass_name)
      super("Tried to #{action} unspecified class: #{klass_name}")
    end
  end

  class SyntaxError < Exception
    attr_reader :file, :line, :column, :offset, :problem, :context

    def initialize(file, line, col, offset, problem, context)
      super("(#{file || '<unknown>'}): #{problem} #{context} at line #{line} column #{col}")
      @file = file
      @line = line
      @column = col
      @offset = offset
      @problem = problem
      @context = context
    end
  end

  # What a document may contain: the permitted classes and symbols, and aliases.
  class Loader
    def initialize(permitted_classes: [], permitted_symbols: [], aliases: false, unsafe: false)
      @classes = permitted_classes.map { |c| c.is_a?(Module) ? c.name : c.to_s }
      @symbols = permitted_symbols.map(&:to_s)
      @aliases = aliases
      @unsafe = unsafe
    end

    def permit?(name) = @unsafe || @classes.include?(name)

    def check(name)
      raise DisallowedClass.new("load", name) unless permit?(name)
    end

    def symbol(s)
      name = s[1..]
      name = name[1..-2] if name.match?(/\A(["']).*\1\z/)
      unless @unsafe || (@classes.include?("Symbol") && (@symbols.empty? || @symbols.include?(name)))
        raise DisallowedClass.new("load", "Symbol")
      end
      name.to_sym
    end

    def date(s)
      require "date" # before the check, as Psych's scalar scanner does
      check("Date")
      Date.strptime(s, "%Y-%m-%d")
    end

    def time(s)
      check("Time")
      md = s.match(/\A(-?\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|\s+)(\d{1,2}):(\d\d):(\d\d)(\.\d*)?\s*(Z|[-+]\d{1,2}(?::?\d\d)?)?\z/)
      frac = md[7] ? Rational(md[7][1..].to_i, 10**(md[7].size - 1)) : 0
      args = [md[1].to_i, md[2].to_i, md[3].to_i, md[4].to_i, md[5].to_i, md[6].to_i + frac]
      zone = md[8]
      return Time.utc(*args) if zone.nil? || zone == "Z"
      h, m = zone.delete(":").then { |z| [z[0..-3].to_i, z[-2..].to_i] }
      m = 0 unless zone.delete(":").size > 3
      h = zone.to_i if zone.delete(":").size <= 3
      Time.new(*args, format("%s%02d:%02d", zone.start_with?("-") ? "-" : "+", h.abs, m))
    end

    def alias_for(name, anchors)
      raise BadAlias, "Unknown alias: #{name}" unless anchors.key?(name) && (@aliases || @unsafe)
      anchors[name]
    end

    def tagged(tag, value)
      case tag
      when "!!str", "!str" then value.to_s
      when "!!int" then Integer(value.to_s)
      when "!!float" then Float(value.to_s)
      when "!binary", "!!binary" then value.to_s.unpack1("m")
      when "!ruby/symbol", "!ruby/sym"
        symbol(":#{value}")
      when %r{\A!ruby/object:(.+)\z}
        object($1, value)
      when %r{\A!ruby/struct:(.+)\z}
        check($1)
        klass = Object.const_get($1)
        klass.new(*klass.members.map { |m| value[m.to_s] })
      when "!ruby/range"
        check("Range")
        Range.new(value["begin"], value["end"], value["excl"])
      when %r{\A!ruby/exception:(.+)\z}
        check($1)
        e = Object.const_get($1).new(value.delete("message"))
        value.each { |k, v| e.instance_variable_set("@#{k}", v) }
        e
      else
        value
      end
    end

    def object(name, fields)
      check(name)
      case name
      when "Set"
        require "set"
        return Set.new((fields["hash"] || {}).keys)
      when "Rational" then return Rational(fields["numerator"], fields["denominator"])
      when "Complex" then return Complex(fields["real"], fields["image"])
      end
      obj = Object.const_get(name).allocate
      (fields || {}).each { |k, v| obj.instance_variable_set("@#{k}", v) }
      obj
    end
  end

  def self.dump(obj, io = nil, options = {})
    if io.is_a?(Hash)
      options = io
      io = nil
    end
    text = Emitter.new(**options).document(obj)
    return text unless io
    io.write(text)
    io
  end

  def self.safe_dump(obj, io = nil, **options) = dump(obj, io, options)

  def self.dump_stream(*objects)
    objects.map { |o| dump(o) }.join
  end

  def self.parse_documents(yaml, loader, filename)
    yaml = yaml.read if yaml.respond_to?(:read)
    Parser.new(yaml, loader, filename).documents
  end

  def self.unsafe_load(yaml, filename: nil, fallback: false, symbolize_names: false, freeze: false, **_kw)
    result(parse_documents(yaml, Loader.new(unsafe: true), filename), fallback, symbolize_names, freeze)
  end

  def self.safe_load(yaml, permitted_classes: [], permitted_symbols: [], aliases: false, filename: nil,
                     fallback: nil, symbolize_names: false, freeze: false, **_kw)
    loader = Loader.new(permitted_classes: permitted_classes, permitted_symbols: permitted_symbols, aliases: aliases)
    result(parse_documents(yaml, loader, filename), fallback, symbolize_names, freeze)
  end

  def self.load(yaml, permitted_classes: [Symbol], permitted_symbols: [], aliases: false, filename: nil,
                fallback: nil, symbolize_names: false, freeze: false, **kw)
    safe_load(yaml, permitted_classes: permitted_classes, permitted_symbols: permitted_symbols,
                    aliases: aliases, filename: filename, fallback: fallback,
                    symbolize_names: symbolize_names, freeze: freeze, **kw)
  end

  def self.load_stream(yaml, filename: nil)
    docs = parse_documents(yaml, Loader.new(permitted_classes: [Symbol]), filename)
    return docs unless block_given?
    docs.each { |d| yield d }
  end

  def self.load_file(filename, **kw)
    load(read_file(filename), filename: filename, **kw)
  end

  def self.safe_load_file(filename, **kw)
    safe_load(read_file(filename), filename: filename, **kw)
  end

  def self.unsafe_load_file(filename, **kw)
    unsafe_load(read_file(filename), filename: filename, **kw)
  end

  # The file's text as UTF-8, without a byte order mark.
  def self.read_file(filename)
    File.binread(filename).force_encoding(Encoding::UTF_8).delete_prefix("\uFEFF")
  end

  def self.result(docs, fallback, symbolize_names, freeze)
    return fallback if docs.empty?
    value = docs.first
    value = symbolize(value) if symbolize_names
    value = deep_freeze(value) if freeze
    value
  end

  def self.symbolize(value)
    case value
    when Hash then value.to_h { |k, v| [k.respond_to?(:to_sym) ? k.to_sym : k, symbolize(v)] }
    when Array then value.map { |v| symbolize(v) }
    else value
    end
  end

  def self.deep_freeze(value)
    case value
    when Hash then value.each { |k, v| deep_freeze(k); deep_freeze(v) }
    when Array then value.each { |v| deep_freeze(v) }
    end
    value.freeze
  end
  private_class_method :read_file, :result, :symbolize, :deep_freeze, :parse_documents
end

class Object
  def to_yaml(options = {})
    Psych.dump(self, options)
  end
end

module Kernel
  private

  def y(*objects)
    puts Psych.dump_stream(*objects)
  end
end
