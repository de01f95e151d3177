# An RPN calculator with a stack, user-defined words, and error recovery.
class RPN
  class StackUnderflow < StandardError; end
  class UnknownWord < StandardError; end

  BINARY = {
    "+" => :+, "-" => :-, "*" => :*, "/" => :/, "%" => :%, "**" => :**,
    "max" => ->(a, b) { [a, b].max }, "min" => ->(a, b) { [a, b].min },
  }.freeze

  attr_reader :stack

  def initialize
    @stack = []
    @words = {}
  end

  def run(line)
    tokens = line.split
    until tokens.empty?
      tok = tokens.shift
      if tok == ":"
        name = tokens.shift
        body = []
        body << tokens.shift until tokens.first == ";" || tokens.empty?
        tokens.shift
        @words[name.downcase] = body
        next
      end
      eval_token(tok, tokens)
    end
    self
  end

  private

  def pop!(n = 1)
    raise StackUnderflow, "need #{n}, have #{@stack.size}" if @stack.size < n
    n == 1 ? @stack.pop : @stack.pop(n)
  end

  def eval_token(tok, rest)
    case tok.downcase
    when /\A-?\d+\z/ then @stack.push(tok.to_i)
    when /\A-?\d+\.\d+\z/ then @stack.push(tok.to_f)
    when "dup" then v = pop!; @stack.push(v, v)
    when "drop" then pop!
    when "swap" then a, b = pop!(2); @stack.push(b, a)
    when "over" then a, b = pop!(2); @stack.push(a, b, a)
    when "neg" then @stack.push(-pop!)
    when "sum" then all = @stack.dup; @stack.clear; @stack.push(all.sum)
    when "clear" then @stack.clear
    when *BINARY.keys
      a, b = pop!(2)
      op = BINARY[tok.downcase]
      @stack.push(op.is_a?(Symbol) ? a.send(op, b) : op.call(a, b))
    else
      body = @words.fetch(tok.downcase) { raise UnknownWord, "unknown word #{tok}" }
      body.each { |t| eval_token(t, rest) }
    end
  end
end

calc = RPN.new
[
  "3 4 +", "2 *", "10 swap -", "dup *", "clear 1 2 3 4 5 sum",
  ": square dup * ;", "7 square", ": hyp square swap square + ;", "clear 3 4 hyp",
  "2.5 2 *", "clear 2 10 **", "17 5 %", "9 3 max 1 min", "clear 1 +", "clear 4 0 /",
  "clear 5 frob", "clear 1 2 over over", "-3 neg",
].each do |line|
  begin
    calc.run(line)
    puts "#{line.ljust(30)} #{calc.stack.inspect}"
  rescue RPN::StackUnderflow, RPN::UnknownWord, ZeroDivisionError => e
    puts "#{line.ljust(30)} error #{e.class.name.split('::').last}: #{e.message}"
  end
end
