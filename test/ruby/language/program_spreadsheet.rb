# A spreadsheet: formulas referencing cells, topological evaluation order, cycle detection.
class Sheet
  class CycleError < StandardError; end
  class FormulaError < StandardError; end
  REF = /\b([A-Z])(\d+)\b/

  def initialize = @cells = {}

  def []=(name, src)
    @cells[name] = src.to_s
  end

  def deps(name) = (src = @cells[name]).to_s.start_with?("=") ? src.scan(REF).map(&:join).uniq : []

  def order
    visited = {}
    out = []
    visit = lambda do |n, path|
      raise CycleError, "cycle: #{(path + [n]).join(' -> ')}" if visited[n] == :active
      return if visited[n] == :done
      visited[n] = :active
      deps(n).each { |d| visit.(d, path + [n]) }
      visited[n] = :done
      out << n
    end
    @cells.keys.sort.each { |n| visit.(n, []) }
    out
  end

  def evaluate
    values = {}
    order.each do |n|
      src = @cells[n]
      values[n] =
        if src.nil? then 0
        elsif src.start_with?("=")
          compute(src[1..], values)
        elsif src.match?(/\A-?\d+(\.\d+)?\z/)
          src.include?(".") ? src.to_f : src.to_i
        else src
        end
    end
    values
  end

  private

  def compute(expr, values)
    expr = expr.gsub(/SUM\(([A-Z])(\d+):([A-Z])(\d+)\)/) do
      c1, r1, c2, r2 = $1, $2.to_i, $3, $4.to_i
      (c1..c2).flat_map { |c| (r1..r2).map { |r| values.fetch("#{c}#{r}", 0) } }.sum.to_s
    end
    expr = expr.gsub(REF) { v = values.fetch($&, 0); v.is_a?(Numeric) ? "(#{v})" : raise(FormulaError, "#{$&} is not a number") }
    raise FormulaError, "bad formula #{expr}" unless expr.match?(%r{\A[\d\s.+\-*/()]+\z})
    calc(expr.delete(" "))
  end

  def calc(s)
    tokens = s.scan(%r{\d+\.\d+|\d+|[-+*/()]})
    parse_sum = nil
    parse_atom = lambda do
      t = tokens.shift
      if t == "("
        v = parse_sum.call
        tokens.shift
        v
      elsif t == "-" then -parse_atom.call
      else t.include?(".") ? t.to_f : t.to_i
      end
    end
    parse_prod = lambda do
      v = parse_atom.call
      while %w[* /].include?(tokens.first)
        op = tokens.shift
        r = parse_atom.call
        raise FormulaError, "division by zero" if op == "/" && r == 0
        v = op == "*" ? v * r : (v.is_a?(Integer) && r.is_a?(Integer) && v % r != 0 ? v.fdiv(r) : v / r)
      end
      v
    end
    parse_sum = lambda do
      v = parse_prod.call
      while %w[+ -].include?(tokens.first)
        op = tokens.shift
        v = op == "+" ? v + parse_prod.call : v - parse_prod.call
      end
      v
    end
    parse_sum.call
  end
end

s = Sheet.new
s["A1"] = 10
s["A2"] = 20
s["A3"] = "=A1 + A2 * 2"
s["B1"] = "=SUM(A1:A3)"
s["B2"] = "=(B1 - A1) / 4"
s["B3"] = "=B2 / 3"
s["C1"] = "label"
s["C2"] = "=-A1 + 2.5"
p s.order
s.evaluate.sort.each { |k, v| puts "#{k} = #{v.inspect}" }
s["A1"] = "=B1"
begin
  s.evaluate
rescue Sheet::CycleError => e
  puts "#{e.class}: #{e.message}"
end
t = Sheet.new
t["A1"] = "=C1 + 1"
t["C1"] = "text"
begin
  t.evaluate
rescue Sheet::FormulaError => e
  puts "#{e.class}: #{e.message}"
end
t["C1"] = "=5 / 0"
begin
  t.evaluate
rescue Sheet::FormulaError => e
  puts "#{e.class}: #{e.message}"
end
