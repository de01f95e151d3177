def zero; end
def two(a, b); end
def range(a, b = 1, c = 2); end
def splat(a, *b); end
def kws(a, b:, c: 1); end
def opt_kws(a = 1, k: 2); end
calls = {
  "zero(1)" => -> { zero(1) },
  "zero(1, 2, 3)" => -> { zero(1, 2, 3) },
  "two(1)" => -> { two(1) },
  "two" => -> { two },
  "range" => -> { range },
  "range(1,2,3,4)" => -> { range(1, 2, 3, 4) },
  "splat" => -> { splat },
  "kws(1)" => -> { kws(1) },
  "kws(1, 2, b: 1)" => -> { kws(1, 2, b: 1) },
  "kws(1, b: 1, d: 2)" => -> { kws(1, b: 1, d: 2) },
  "kws(1, b: 1, d: 2, e: 3)" => -> { kws(1, b: 1, d: 2, e: 3) },
  "opt_kws(1, 2)" => -> { opt_kws(1, 2) },
  "lambda" => -> { ->(x, y) {}.call(1) },
  "block-lambda" => -> { [1].each(&->(a, b) {}) },
  "define_method" => -> { Class.new { define_method(:m) { |a| } }.new.m },
}
calls.each do |name, l|
  begin
    l.call
    puts "#{name}: ok"
  rescue ArgumentError => e
    puts "#{name}: #{e.message}"
  end
end
