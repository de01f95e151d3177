# A JSON-like pretty printer and a tiny parser for the same format, written in Ruby.
module Pretty
  INDENT = "  "

  def self.dump(obj, level = 0)
    pad = INDENT * level
    case obj
    when Hash
      return "{}" if obj.empty?
      inner = obj.map { |k, v| "#{pad}#{INDENT}#{quote(k.to_s)}: #{dump(v, level + 1)}" }
      "{\n#{inner.join(",\n")}\n#{pad}}"
    when Array
      return "[]" if obj.empty?
      if obj.all? { |e| e.is_a?(Numeric) || e.nil? || e == true || e == false }
        "[#{obj.map { |e| dump(e) }.join(", ")}]"
      else
        "[\n#{obj.map { |e| "#{pad}#{INDENT}#{dump(e, level + 1)}" }.join(",\n")}\n#{pad}]"
      end
    when String, Symbol then quote(obj.to_s)
    when nil then "null"
    when Float then obj.finite? ? obj.to_s : "null"
    when Integer, true, false then obj.to_s
    else raise TypeError, "cannot dump #{obj.class}"
    end
  end

  def self.quote(s)
    escaped = s.gsub(/["\\\n\t]/) do |c|
      { '"' => '\\"', "\\" => "\\\\", "\n" => "\\n", "\t" => "\\t" }[c]
    end
    "\"#{escaped}\""
  end

  class Parser
    def initialize(src) = (@s = src; @i = 0)

    def parse
      v = value
      ws
      raise ArgumentError, "trailing data at #{@i}" if @i < @s.size
      v
    end

    private

    def ws = (@i += 1 while @i < @s.size && " \n\t\r".include?(@s[@i]))

    def value
      ws
      c = @s[@i]
      case c
      when "{" then object
      when "[" then array
      when '"' then string
      when "t" then lit("true", true)
      when "f" then lit("false", false)
      when "n" then lit("null", nil)
      when /[-\d]/ then number
      else raise ArgumentError, "unexpected #{c.inspect} at #{@i}"
      end
    end

    def lit(word, v)
      raise ArgumentError, "bad literal at #{@i}" unless @s[@i, word.size] == word
      @i += word.size
      v
    end

    def number
      m = /\A-?\d+(\.\d+)?([eE][-+]?\d+)?/.match(@s[@i..])
      @i += m[0].size
      m[1] || m[2] ? m[0].to_f : m[0].to_i
    end

    def string
      @i += 1
      out = +""
      while (c = @s[@i]) != '"'
        raise ArgumentError, "unterminated string" if c.nil?
        if c == "\\"
          @i += 1
          out << { "n" => "\n", "t" => "\t" }.fetch(@s[@i], @s[@i])
        else
          out << c
        end
        @i += 1
      end
      @i += 1
      out
    end

    def array
      @i += 1
      out = []
      ws
      return (@i += 1; out) if @s[@i] == "]"
      loop do
        out << value
        ws
        c = @s[@i]
        @i += 1
        break if c == "]"
        raise ArgumentError, "expected , or ] at #{@i - 1}" unless c == ","
      end
      out
    end

    def object
      @i += 1
      out = {}
      ws
      return (@i += 1; out) if @s[@i] == "}"
      loop do
        ws
        k = string
        ws
        raise ArgumentError, "expected : at #{@i}" unless @s[@i] == ":"
        @i += 1
        out[k] = value
        ws
        c = @s[@i]
        @i += 1
        break if c == "}"
        raise ArgumentError, "expected , or } at #{@i - 1}" unless c == ","
      end
      out
    end
  end
end

data = {
  name: "maglev", version: [1, 0, 2], stable: false, ratio: 0.75, nothing: nil,
  tags: %w[ruby persistence], empty_list: [], empty_map: {},
  deps: [{ name: "lexer", lines: 1200 }, { name: "gc", lines: 800, notes: "say \"hi\"\n" }],
}
text = Pretty.dump(data)
puts text
back = Pretty::Parser.new(text).parse
p back["deps"][1]["notes"]
p back["version"], back["stable"], back["nothing"], back["ratio"]
p Pretty.dump(back) == text
['{"a": [1, 2', '[1 2]', '{"k" 1}', 'tru', '"open', '[1] x'].each do |bad|
  begin
    Pretty::Parser.new(bad).parse
  rescue ArgumentError => e
    puts "#{bad.inspect}: #{e.message}"
  end
end
begin
  Pretty.dump(1..2)
rescue TypeError => e
  puts "#{e.class}: #{e.message}"
end
