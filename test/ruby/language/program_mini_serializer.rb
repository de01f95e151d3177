# A JSON-like serializer/parser written by hand, with refinements-free extension points.
module Mini
  class Error < StandardError; end
  class ParseError < Error
    def initialize(msg, pos) = super("#{msg} at #{pos}")
  end

  module Serializable
    def self.included(base)
      base.extend(ClassMethods)
      (@classes ||= []) << base.name
    end
    def self.classes = @classes
    module ClassMethods
      def fields(*names)
        @fields = names
        attr_accessor(*names)
      end
      def field_names = @fields || []
    end
    def to_mini = self.class.field_names.to_h { |f| [f.to_s, public_send(f)] }
  end

  ESCAPES = { '"' => '\\"', "\\" => "\\\\", "\n" => "\\n", "\t" => "\\t" }.freeze

  module_function

  def dump(obj, indent: nil, depth: 0)
    nl = indent ? "\n" : ""
    pad = indent ? " " * (indent * (depth + 1)) : ""
    close = indent ? " " * (indent * depth) : ""
    case obj
    when nil then "null"
    when true, false then obj.to_s
    when Integer then obj.to_s
    when Float
      raise Error, "cannot dump #{obj}" unless obj.finite?
      obj.to_s
    when String then '"' + obj.gsub(/["\\\n\t]/, ESCAPES) + '"'
    when Symbol then dump(obj.to_s)
    when Array
      return "[]" if obj.empty?
      "[" + nl + obj.map { |v| pad + dump(v, indent: indent, depth: depth + 1) }.join("," + nl) + nl + close + "]"
    when Hash
      return "{}" if obj.empty?
      sep = indent ? ": " : ":"
      body = obj.map { |k, v| pad + dump(k.to_s) + sep + dump(v, indent: indent, depth: depth + 1) }
      "{" + nl + body.join("," + nl) + nl + close + "}"
    when Serializable then dump(obj.to_mini, indent: indent, depth: depth)
    else
      raise Error, "cannot dump #{obj.class}"
    end
  end

  class Reader
    def initialize(src)
      @src, @pos = src, 0
    end
    def read
      v = value
      skip_ws
      raise ParseError.new("trailing garbage", @pos) if @pos < @src.size
      v
    end
    private
    def skip_ws = (@pos += 1 while @src[@pos]&.match?(/\s/))
    def value
      skip_ws
      case @src[@pos]
      when "{" then object
      when "[" then array
      when '"' then string
      when /[-\d]/ then number
      else
        %w[true false null].each do |word|
          next unless @src[@pos, word.size] == word
          @pos += word.size
          return { "true" => true, "false" => false, "null" => nil }[word]
        end
        raise ParseError.new("unexpected #{@src[@pos].inspect}", @pos)
      end
    end
    def number
      m = /\A-?\d+(\.\d+)?([eE][-+]?\d+)?/.match(@src[@pos..])
      @pos += m[0].size
      m[1] || m[2] ? Float(m[0]) : Integer(m[0])
    end
    def string
      @pos += 1
      out = +""
      until (c = @src[@pos]) == '"'
        raise ParseError.new("unterminated string", @pos) if c.nil?
        if c == "\\"
          @pos += 1
          out << { "n" => "\n", "t" => "\t" }.fetch(@src[@pos], @src[@pos])
        else
          out << c
        end
        @pos += 1
      end
      @pos += 1
      out
    end
    def array
      @pos += 1
      items = []
      loop do
        skip_ws
        if @src[@pos] == "]" then @pos += 1; break end
        items << value
        skip_ws
        @pos += 1 if @src[@pos] == ","
      end
      items
    end
    def object
      @pos += 1
      h = {}
      loop do
        skip_ws
        break @pos += 1 if @src[@pos] == "}"
        k = string
        skip_ws
        raise ParseError.new("expected ':'", @pos) unless @src[@pos] == ":"
        @pos += 1
        h[k] = value
        skip_ws
        @pos += 1 if @src[@pos] == ","
      end
      h
    end
  end

  def load(src) = Reader.new(src).read
end

class Item
  include Mini::Serializable
  fields :name, :price, :tags
  def initialize(name, price, *tags) = (@name, @price, @tags = name, price, tags)
end

data = { "items" => [Item.new("pen", 1.5, :office), Item.new("mug \"XL\"", 8, "kitchen", "gift")],
         "count" => 2, "ok" => true, "note" => "line1\nline2\ttab", "none" => nil, "empty" => [], "e" => {} }
compact = Mini.dump(data)
puts compact
pretty = Mini.dump(data, indent: 2)
puts pretty
back = Mini.load(pretty)
p back == Mini.load(compact), back["items"].map { _1["name"] }, back.dig("items", 1, "tags")
p Mini.load("[1, -2.5, 3e2, \"a\\\"b\", [], {}, null]")
["[1, 2", "{\"a\" 1}", "tru", "\"open", "[1] x"].each do |bad|
  Mini.load(bad)
rescue Mini::ParseError, NoMethodError, TypeError => e
  puts "#{bad.inspect}: #{e.class}: #{e.message}"
end
[Float::INFINITY, Object.new].each do |bad|
  Mini.dump(bad)
rescue Mini::Error => e
  puts e.message.sub(/0x\h+/, "X")
end
p Mini::Serializable.classes, Item.field_names, Item.ancestors.take(3)
p Mini.respond_to?(:dump), Mini.singleton_methods.sort.first(2), Mini.private_instance_methods.sort
