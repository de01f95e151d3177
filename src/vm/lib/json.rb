# json: JSON.parse / JSON.generate / JSON.pretty_generate / #to_json, behaving as
# CRuby 3.1's json 2.6.1 (its C extension): the same output bytes, the same error
# classes and messages (the numbers in "859: unexpected token at '...'" are the source
# lines of the extension that CRuby reports; kept so messages compare equal).
module JSON
  VERSION = "2.6.1"
  VERSION_MAJOR, VERSION_MINOR, VERSION_BUILD = VERSION.split(".").map(&:to_i)

  class JSONError < StandardError
    def self.wrap(exception)
      obj = new("Wrapped(#{exception.class}): #{exception.message.inspect}")
      obj.set_backtrace exception.backtrace
      obj
    end
  end
  class ParserError < JSONError; end
  class NestingError < ParserError; end
  class GeneratorError < JSONError; end
  UnparserError = GeneratorError
  PARSER_NESTING_DEPTH = 100

  NaN = Float::NAN
  Infinity = Float::INFINITY
  MinusInfinity = -Float::INFINITY

  # --- parsing -----------------------------------------------------------------------

  class Parser
    FAIL = Object.new.freeze
    IGNORE = %r{\G(?:[ \t\r\n]+|/\*.*?\*/|//[^\n]*)+}m
    STRING = /\G"((?:[^"\\]|\\u[0-9a-fA-F]{4}|\\[^u])*)"/m
    NUMBER = /\G-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?(?![0-9])/
    ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(.))/m
    SIMPLE_ESCAPES = { "b" => "\b", "f" => "\f", "n" => "\n", "r" => "\r", "t" => "\t" }.freeze

    def initialize(source, opts = nil)
      unless source.is_a?(String)
        unless source.respond_to?(:to_str)
          name = { nil => "nil", true => "true", false => "false" }.fetch(source, source.class)
          raise TypeError, "no implicit conversion of #{name} into String"
        end
        source = source.to_str
      end
      opts ||= {}
      @source = source.b.freeze   # frozen: matching at a position does not copy it
      @max_nesting = opts.key?(:max_nesting) ? (opts[:max_nesting] || 0) : PARSER_NESTING_DEPTH
      @allow_nan = opts[:allow_nan] ? true : false
      @symbolize_names = opts[:symbolize_names] ? true : false
      @freeze = opts[:freeze] ? true : false
      @object_class = opts[:object_class]
      @array_class = opts[:array_class]
      @create_additions = opts.key?(:create_additions) ? opts[:create_additions] : false
      @create_id = @create_additions ? JSON.create_id : nil
      @decimal_class = opts[:decimal_class]
      @native = !@object_class && !@array_class && !@decimal_class
    end

    def source
      @source.dup.force_encoding(Encoding::UTF_8)
    end

    # The native parser takes the common case; on anything it does not accept it returns
    # FAIL, and the parser below parses again (for CRuby's errors and the additions).
    def parse
      if @native
        value = Maglev.__json_parse(@source, FAIL, @max_nesting, @allow_nan, @symbolize_names,
                                    @freeze, @create_id)
        return value unless value.equal?(FAIL)
      end
      @pos = 0
      skip_ignored
      start = @pos
      value = @pos < @source.bytesize ? parse_value(0) : FAIL
      error(859, start) if value.equal?(FAIL)
      skip_ignored
      error(859, @pos) if @pos < @source.bytesize
      value
    end

    private

    def error(line, pos, what = "unexpected token")
      rest = (@source.byteslice(pos, @source.bytesize) || "").force_encoding(Encoding::UTF_8)
      rest = rest[0, rest.index("\0")] if rest.include?("\0")
      raise ParserError, "#{line}: #{what} at '#{rest}'"
    end

    def skip_ignored
      m = IGNORE.match(@source, @pos)
      @pos = m.end(0) if m
    end

    def parse_value(depth)
      case @source.getbyte(@pos)
      when 34 then parse_string   # "
      when 123 then parse_object(depth + 1)   # {
      when 91 then parse_array(depth + 1)     # [
      when 110 then literal("null", nil)
      when 116 then literal("true", true)
      when 102 then literal("false", false)
      when 78   # N
        return FAIL unless @source.byteslice(@pos, 3) == "NaN"
        error(225, @pos) unless @allow_nan
        @pos += 3
        Float::NAN
      when 73   # I
        return FAIL unless @source.byteslice(@pos, 8) == "Infinity"
        error(232, @pos > 0 ? @pos - 1 : 0) unless @allow_nan
        @pos += 8
        Float::INFINITY
      when 45, 48..57   # - 0-9
        if @source.byteslice(@pos, 9) == "-Infinity"
          error(249, @pos) unless @allow_nan
          @pos += 9
          return -Float::INFINITY
        end
        parse_number
      else
        FAIL
      end
    end

    def literal(word, value)
      return FAIL unless @source.byteslice(@pos, word.size) == word
      @pos += word.size
      value
    end

    def parse_number
      m = NUMBER.match(@source, @pos)
      return FAIL unless m
      @pos = m.end(0)
      text = m[0]
      if m[1] || m[2]
        if @decimal_class
          return @decimal_class == ::Float ? Float(text) : @decimal_class.new(text) unless defined?(::BigDecimal) && @decimal_class == ::BigDecimal
          return BigDecimal(text)
        end
        Float(text)
      else
        text.to_i
      end
    end

    def parse_string
      m = STRING.match(@source, @pos)
      return FAIL unless m
      start = @pos
      @pos = m.end(0)
      s = m[1]
      s = unescape(s, start) if s.include?("\\")
      s.force_encoding(Encoding::UTF_8)
      s.freeze if @freeze
      s
    end

    def unescape(s, start)
      s.gsub(ESCAPE) do
        if (hex = $1)
          code = hex.to_i(16)
          if code >= 0xD800 && code <= 0xDBFF
            @pending_high = code
            ""
          elsif code >= 0xDC00 && code <= 0xDFFF && @pending_high
            high = @pending_high
            @pending_high = nil
            [((high - 0xD800) << 10) + (code - 0xDC00) + 0x10000].pack("U").b
          else
            [code].pack("U").b
          end
        else
          c = $2
          SIMPLE_ESCAPES[c] || c
        end
      end.tap do
        if @pending_high
          @pending_high = nil
          i = @source.index("\\u", start)
          error(521, i || start, "incomplete surrogate pair")
        end
      end
    end

    def parse_array(depth)
      raise NestingError, "nesting of #{depth} is too deep" if @max_nesting != 0 && depth > @max_nesting
      result = @array_class ? @array_class.new : []
      @pos += 1
      skip_ignored
      if @source.getbyte(@pos) == 93   # ]
        @pos += 1
        return finish_array(result)
      end
      loop do
        start = @pos
        value = parse_value(depth)
        error(451, start) if value.equal?(FAIL)
        result << value
        skip_ignored
        case @source.getbyte(@pos)
        when 44   # ,
          @pos += 1
          skip_ignored
        when 93
          @pos += 1
          return finish_array(result)
        else
          error(451, @pos)
        end
      end
    end

    def finish_array(result)
      result.freeze if @freeze
      result
    end

    def parse_object(depth)
      raise NestingError, "nesting of #{depth} is too deep" if @max_nesting != 0 && depth > @max_nesting
      start = @pos
      result = @object_class ? @object_class.new : {}
      @pos += 1
      skip_ignored
      if @source.getbyte(@pos) == 125   # }
        @pos += 1
        return finish_object(result)
      end
      loop do
        return fail_at(start) unless @source.getbyte(@pos) == 34
        key = parse_string
        return fail_at(start) if key.equal?(FAIL)
        skip_ignored
        return fail_at(start) unless @source.getbyte(@pos) == 58   # :
        @pos += 1
        skip_ignored
        value = parse_value(depth)
        return fail_at(start) if value.equal?(FAIL)
        key = key.to_sym if @symbolize_names
        result[key] = value
        skip_ignored
        case @source.getbyte(@pos)
        when 44
          @pos += 1
          skip_ignored
        when 125
          @pos += 1
          return finish_object(result)
        else
          return fail_at(start)
        end
      end
    end

    def fail_at(pos)
      @pos = pos
      FAIL
    end

    def finish_object(result)
      if @create_additions && result.is_a?(Hash) && (name = result[@create_id])
        klass = name.to_s.split("::").inject(Object) { |m, c| m.const_get(c) }
        return klass.json_create(result) if klass.respond_to?(:json_creatable?) ? klass.json_creatable? : klass.respond_to?(:json_create)
      end
      result.freeze if @freeze
      result
    end
  end

  # --- generating ----------------------------------------------------------------------

  class State
    def self.from_state(opts)
      case opts
      when self then opts
      when Hash then new(opts)
      else
        opts.respond_to?(:to_hash) ? new(opts.to_hash) : (opts.respond_to?(:to_h) ? new(opts.to_h) : new)
      end
    end

    attr_accessor :indent, :space, :space_before, :object_nl, :array_nl, :depth,
                  :buffer_initial_length
    attr_writer :allow_nan, :ascii_only
    attr_reader :max_nesting

    def initialize(opts = nil)
      @indent = ""
      @space = ""
      @space_before = ""
      @object_nl = ""
      @array_nl = ""
      @allow_nan = false
      @ascii_only = false
      @escape_slash = false
      @max_nesting = 100
      @depth = 0
      @buffer_initial_length = 1024
      configure(opts) if opts
    end

    def configure(opts)
      opts = opts.to_hash if !opts.is_a?(Hash) && opts.respond_to?(:to_hash)
      opts = opts.to_h unless opts.is_a?(Hash)
      opts.each do |key, value|
        case key.to_sym
        when :indent then @indent = value.to_s
        when :space then @space = value.to_s
        when :space_before then @space_before = value.to_s
        when :object_nl then @object_nl = value.to_s
        when :array_nl then @array_nl = value.to_s
        when :allow_nan then @allow_nan = value ? true : false
        when :ascii_only then @ascii_only = value ? true : false
        when :escape_slash then @escape_slash = value ? true : false
        when :max_nesting then @max_nesting = value || 0
        when :depth then @depth = value.to_i
        when :buffer_initial_length then @buffer_initial_length = value if value.to_i > 0
        end
      end
      self
    end
    alias merge configure

    def max_nesting=(n)
      @max_nesting = n || 0
    end

    def allow_nan?
      @allow_nan
    end

    def ascii_only?
      @ascii_only
    end

    def escape_slash?
      @escape_slash
    end
    alias escape_slash escape_slash?

    def escape_slash=(v)
      @escape_slash = v ? true : false
    end

    def check_circular?
      @max_nesting != 0
    end

    def to_h
      { indent: @indent, space: @space, space_before: @space_before, object_nl: @object_nl,
        array_nl: @array_nl, allow_nan: @allow_nan, ascii_only: @ascii_only,
        max_nesting: @max_nesting, escape_slash: @escape_slash,
        depth: @depth, buffer_initial_length: @buffer_initial_length }
    end
    alias to_hash to_h

    def [](name)
      respond_to?(name) ? __send__(name) : instance_variable_get("@#{name}")
    end

    def []=(name, value)
      respond_to?("#{name}=") ? __send__("#{name}=", value) : instance_variable_set("@#{name}", value)
    end

    def generate(obj)
      buf = +""
      Maglev.__json_generate(self, obj, buf, 0)
      buf.force_encoding(Encoding::UTF_8)
    end

    # Append the JSON of obj to buf (natively: core types directly, anything else through
    # its to_json(self), or its to_s as a string); write_object and the others take obj
    # as that kind whatever its class (Hash#to_json and the like call them).
    def write_value(obj, buf) = Maglev.__json_generate(self, obj, buf, 0)
    def write_object(obj, buf) = Maglev.__json_generate(self, obj, buf, 1)
    def write_array(obj, buf) = Maglev.__json_generate(self, obj, buf, 2)
    def write_string(s, buf) = Maglev.__json_generate(self, s, buf, 3)
    def write_float(obj, buf) = Maglev.__json_generate(self, obj, buf, 4)
  end

  SAFE_STATE_PROTOTYPE = State.new.freeze
  FAST_STATE_PROTOTYPE = State.new(max_nesting: 0).freeze
  PRETTY_STATE_PROTOTYPE = State.new(indent: "  ", space: " ", object_nl: "\n", array_nl: "\n").freeze

  # --- the JSON module's functions -------------------------------------------------------

  @create_id = "json_class"
  @dump_default_options = { max_nesting: false, allow_nan: true, escape_slash: false }
  @load_default_options = { max_nesting: false, allow_nan: true, allow_blank: true, create_additions: true }

  class << self
    attr_accessor :create_id, :dump_default_options, :load_default_options

    def parser
      Parser
    end

    def generator
      State
    end

    def state
      State
    end

    def [](object, opts = {})
      if object.is_a?(String)
        parse(object, opts)
      elsif object.respond_to?(:to_str)
        str = object.to_str
        str.is_a?(String) ? parse(str, opts) : generate(object, opts)
      else
        generate(object, opts)
      end
    end

    def parse(source, opts = nil)
      Parser.new(source, opts).parse
    end

    def parse!(source, opts = nil)
      opts = { max_nesting: false, allow_nan: true }.merge(opts || {})
      Parser.new(source, opts).parse
    end

    def load_file(filespec, opts = nil)
      parse(File.read(filespec), opts)
    end

    def load_file!(filespec, opts = nil)
      parse!(File.read(filespec), opts)
    end

    def generate(obj, opts = nil)
      state = opts.is_a?(State) ? opts : State.new(opts)
      state.generate(obj)
    end
    alias unparse generate

    def fast_generate(obj, opts = nil)
      state = opts.is_a?(State) ? opts : State.new(max_nesting: 0).configure(opts || {})
      state.generate(obj)
    end
    alias fast_unparse fast_generate

    def pretty_generate(obj, opts = nil)
      return state.generate(obj) if (state = opts).is_a?(State)
      state = State.new(indent: "  ", space: " ", object_nl: "\n", array_nl: "\n")
      if opts
        opts = opts.to_hash if !opts.is_a?(Hash) && opts.respond_to?(:to_hash)
        opts = opts.to_h if !opts.is_a?(Hash) && opts.respond_to?(:to_h)
        raise TypeError, "can't convert #{opts.class} into Hash" unless opts.is_a?(Hash)
        state.configure(opts)
      end
      state.generate(obj)
    end
    alias pretty_unparse pretty_generate

    def load(source, proc = nil, options = {})
      opts = load_default_options.merge(options)
      if source.respond_to?(:to_str)
        source = source.to_str
      elsif source.respond_to?(:to_io)
        source = source.to_io.read
      elsif source.respond_to?(:read)
        source = source.read
      end
      source = "null" if opts[:allow_blank] && (source.nil? || source.empty?)
      result = parse(source, opts)
      recurse_proc(result, &proc) if proc
      result
    end
    alias restore load

    def dump(obj, an_io = nil, limit = nil)
      if an_io && limit.nil?
        an_io = an_io.to_io if an_io.respond_to?(:to_io)
        unless an_io.respond_to?(:write)
          limit = an_io
          an_io = nil
        end
      end
      opts = dump_default_options
      opts = opts.merge(max_nesting: limit) if limit
      result = generate(obj, opts)
      if an_io
        an_io.write result
        an_io
      else
        result
      end
    rescue NestingError
      raise ArgumentError, "exceed depth limit"
    end

    private

    def recurse_proc(result, &proc)
      case result
      when Array
        result.each { |x| recurse_proc(x, &proc) }
        proc.call result
      when Hash
        result.each { |_, y| recurse_proc(y, &proc) }
        proc.call result
      else
        proc.call result
      end
    end
  end

  # to_json on the core classes (json's GeneratorMethods).
  module Ext
    module Generator
      State = JSON::State
    end
    module Parser
    end
  end
end

class Object
  def to_json(state = nil, *)
    to_s.to_json(state)
  end
end

class Hash
  def to_json(state = nil, *)
    JSON::State.from_state(state).write_object(self, +"").force_encoding(Encoding::UTF_8)
  end
end

class Array
  def to_json(state = nil, *)
    JSON::State.from_state(state).write_array(self, +"").force_encoding(Encoding::UTF_8)
  end
end

class String
  # Raw bytes as {"json_class": "String", "raw": [byte, ...]}, for binary Strings.
  def self.json_create(object) = object["raw"].pack("C*")

  def to_json(state = nil, *)
    JSON::State.from_state(state).write_string(self, +"").force_encoding(Encoding::UTF_8)
  end

  def to_json_raw_object = { JSON.create_id => self.class.name, "raw" => unpack("C*") }

  def to_json_raw(*args) = to_json_raw_object.to_json(*args)
end

class Integer
  def to_json(*)
    to_s
  end
end

class Float
  def to_json(state = nil, *)
    JSON::State.from_state(state).write_float(self, +"")
  end
end

class NilClass
  def to_json(*)
    "null"
  end
end

class TrueClass
  def to_json(*)
    "true"
  end
end

class FalseClass
  def to_json(*)
    "false"
  end
end

module Kernel
  private

  def j(*objs)
    objs.each { |obj| puts JSON.generate(obj, allow_nan: true, max_nesting: false) }
    nil
  end

  def jj(*objs)
    objs.each { |obj| puts JSON.pretty_generate(obj, allow_nan: true, max_nesting: false) }
    nil
  end

  def JSON(object, *args)
    if object.is_a?(String)
      JSON.parse(object, args.first)
    elsif object.respond_to?(:to_str)
      JSON.parse(object.to_str, args.first)
    else
      JSON.generate(object, args.first)
    end
  end
end
