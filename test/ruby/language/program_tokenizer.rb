# A small tokenizer and recursive-descent evaluator for arithmetic with variables.
class Token
  attr_reader :type, :value, :pos
  def initialize(type, value, pos)
    @type, @value, @pos = type, value, pos
  end
  def to_s = "#{type}(#{value.inspect})@#{pos}"
end

class Lexer
  class Error < StandardError; end
  PATTERNS = [
    [:ws, /\A\s+/],
    [:number, /\A\d+(\.\d+)?/],
    [:ident, /\A[a-zA-Z_]\w*/],
    [:op, /\A(\*\*|[-+*\/%()=,])/],
  ]

  def initialize(src)
    @src = src
  end

  def tokens
    out = []
    pos = 0
    rest = @src
    until rest.empty?
      type, m = PATTERNS.lazy.map { |t, re| [t, re.match(rest)] }.find { |_, md| md }
      raise Error, "unexpected #{rest[0].inspect} at #{pos}" unless m
      text = m[0]
      unless type == :ws
        value = type == :number ? (text.include?(".") ? text.to_f : text.to_i) : text
        out << Token.new(type, value, pos)
      end
      pos += text.length
      rest = rest[text.length..]
    end
    out << Token.new(:eof, nil, pos)
  end
end

class Parser
  class Error < StandardError; end
  FUNCS = { "max" => ->(*a) { a.max }, "min" => ->(*a) { a.min }, "abs" => ->(x) { x.abs } }

  def initialize(tokens, env)
    @toks, @i, @env = tokens, 0, env
  end

  def peek = @toks[@i]
  def advance = (@i += 1; @toks[@i - 1])
  def accept(v) = (peek.value == v ? advance : nil)
  def expect(v) = accept(v) || raise(Error, "expected #{v} at #{peek.pos}, got #{peek.value.inspect}")

  def statement
    if peek.type == :ident && @toks[@i + 1].value == "="
      name = advance.value
      advance
      @env[name] = expr
    else
      expr
    end
  end

  def expr
    v = term
    while (op = accept("+") || accept("-"))
      v = op.value == "+" ? v + term : v - term
    end
    v
  end

  def term
    v = power
    while (op = accept("*") || accept("/") || accept("%"))
      rhs = power
      v = case op.value
          when "*" then v * rhs
          when "/" then v / rhs
          else v % rhs
          end
    end
    v
  end

  def power
    base = unary
    accept("**") ? base**power : base
  end

  def unary
    accept("-") ? -unary : primary
  end

  def primary
    t = advance
    case t.type
    when :number then t.value
    when :ident
      if accept("(")
        args = [expr]
        args << expr while accept(",")
        expect(")")
        fn = FUNCS.fetch(t.value) { raise Error, "unknown function #{t.value}" }
        fn.call(*args)
      else
        @env.fetch(t.value) { raise Error, "undefined variable #{t.value}" }
      end
    else
      if t.value == "("
        v = expr
        expect(")")
        v
      else
        raise Error, "unexpected #{t.value.inspect} at #{t.pos}"
      end
    end
  end
end

puts Lexer.new("x = 3 + 4.5*2").tokens.map(&:to_s).join(" ")
env = {}
[
  "x = 2 + 3 * 4", "y = (x - 4) ** 2 / 3", "x * y - -1", "2 ** 3 ** 2", "max(x, y, 7) % 5",
  "abs(1 - 10) + min(3, 1.5)", "10 / 0", "z + 1", "3 +", "4 $ 4", "nope(1)", "(1 + 2",
].each do |src|
  begin
    v = Parser.new(Lexer.new(src).tokens, env).statement
    puts "#{src.ljust(26)} => #{v.inspect}"
  rescue Lexer::Error, Parser::Error, ZeroDivisionError => e
    puts "#{src.ljust(26)} !! #{e.class}: #{e.message}"
  end
end
p env
