# A tiny Lisp: tokenizer, reader, environments with closures, special forms, recursion.
module Lisp
  class Error < StandardError; end
  Sym = Struct.new(:name) do
    def inspect = name
  end

  class Env
    def initialize(vars = {}, outer = nil) = (@vars, @outer = vars, outer)
    def find(name)
      return self if @vars.key?(name)
      @outer ? @outer.find(name) : raise(Error, "unbound symbol #{name}")
    end
    def [](name) = find(name).vars[name]
    def define(name, v) = @vars[name] = v
    def set!(name, v) = find(name).vars[name] = v
    protected attr_reader :vars
  end

  Lambda = Struct.new(:params, :body, :env) do
    def inspect = "#<lambda (#{params.map(&:name).join(' ')})>"
  end

  def self.tokenize(src) = src.gsub("(", " ( ").gsub(")", " ) ").gsub("'", " ' ").split

  def self.read(tokens)
    raise Error, "unexpected EOF" if tokens.empty?
    t = tokens.shift
    case t
    when "("
      list = []
      list << read(tokens) until tokens.first == ")" || tokens.empty?
      raise Error, "missing )" if tokens.empty?
      tokens.shift
      list
    when ")" then raise Error, "unexpected )"
    when "'" then [Sym.new("quote"), read(tokens)]
    when /\A-?\d+\z/ then t.to_i
    when /\A-?\d+\.\d+\z/ then t.to_f
    when "#t" then true
    when "#f" then false
    else Sym.new(t)
    end
  end

  def self.global_env
    ops = {
      "+" => ->(*a) { a.sum }, "-" => ->(a, *b) { b.empty? ? -a : a - b.sum },
      "*" => ->(*a) { a.inject(1, :*) }, "/" => ->(a, b) { a / b },
      "<" => ->(a, b) { a < b }, ">" => ->(a, b) { a > b }, "=" => ->(a, b) { a == b },
      "car" => ->(l) { l.first }, "cdr" => ->(l) { l.drop(1) }, "cons" => ->(a, l) { [a] + l },
      "list" => ->(*a) { a }, "null?" => ->(l) { l.empty? }, "length" => ->(l) { l.size },
      "mod" => ->(a, b) { a % b },
    }
    Env.new(ops)
  end

  def self.evaluate(x, env)
    loop do
      case x
      when Sym then return env[x.name]
      when Array
        head, *args = x
        case head
        when Sym.new("quote") then return args[0]
        when Sym.new("if")
          test, conseq, alt = args
          x = evaluate(test, env) ? conseq : alt
          next
        when Sym.new("define") then return env.define(args[0].name, evaluate(args[1], env))
        when Sym.new("set!") then return env.set!(args[0].name, evaluate(args[1], env))
        when Sym.new("lambda") then return Lambda.new(args[0], args[1], env)
        when Sym.new("begin")
          args[0...-1].each { |e| evaluate(e, env) }
          x = args[-1]
          next
        else
          f = evaluate(head, env)
          vals = args.map { |a| evaluate(a, env) }
          case f
          when Proc
            begin
              return f.call(*vals)
            rescue ArgumentError, NoMethodError, TypeError, ZeroDivisionError => e
              raise Error, "#{head.inspect}: #{e.class}"
            end
          when Lambda
            raise Error, "arity mismatch" unless f.params.size == vals.size
            env = Env.new(f.params.map(&:name).zip(vals).to_h, f.env)
            x = f.body
            next
          else raise Error, "not a function: #{f.inspect}"
          end
        end
      else return x
      end
    end
  end

  def self.to_s(v)
    case v
    when Array then "(" + v.map { |e| to_s(e) }.join(" ") + ")"
    when true then "#t"
    when false then "#f"
    else v.inspect
    end
  end
end

env = Lisp.global_env
program = <<~LISP
  (define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
  (fact 20)
  (fact 30)
  (define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
  (fib 15)
  (define make-counter (lambda () (begin (define c 0) (lambda () (begin (set! c (+ c 1)) c)))))
  (define c1 (make-counter))
  (c1)
  (c1)
  (define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))
  (map (lambda (x) (* x x)) (list 1 2 3 4))
  (define loop (lambda (n acc) (if (= n 0) acc (loop (- n 1) (+ acc 1)))))
  (loop 20000 0)
  (quote (a b (c d)))
  (if #f 1 2)
  (length (list 1 2 3))
LISP
tokens = Lisp.tokenize(program)
until tokens.empty?
  expr = Lisp.read(tokens)
  result = Lisp.evaluate(expr, env)
  puts "#{Lisp.to_s(expr)[0, 40].ljust(42)}=> #{Lisp.to_s(result)}"
end
["(undefined-thing 1)", "(+ 1", ")", "(1 2)", "(car 5)", "((lambda (x) x))", "(/ 1 0)"].each do |src|
  Lisp.evaluate(Lisp.read(Lisp.tokenize(src)), env)
rescue Lisp::Error => e
  puts "#{src.ljust(20)} error: #{e.message}"
end
