# NoMatchingPatternError / NoMatchingPatternKeyError messages: detailed for a single
# pattern (`=>`, one-clause case/in), the subject alone for several clauses.
def t
  yield
  puts "matched"
rescue NoMatchingPatternKeyError => e
  puts "#{e.class}: #{e.message} key=#{e.key.inspect} matchee=#{e.matchee.inspect}"
rescue StandardError => e
  puts "#{e.class}: #{e.message}"
end
data = { status: 200, body: "ok" }
t { data => { missing: } }
t { data => { status: String } }
t { data => [1] }
t { 5 => String }
t { 5 => 1..3 }
t { [1, 2] => [a] }
t { data => { status: Integer => s, body: Integer } }
t { { a: { b: 1 } } => { a: { c: } } }
t { data => { status: 200 } }
t { data => { status: 200, **nil } }
t { data => { status: 1 | 2 } }
t { nil => { a: } }
t { case 5; in String; end }
t { case 5; in String | Symbol; end }
t { case 5; in String; in Symbol; end }
t { case { a: 1 }; in { b: }; end }
t { case { a: 1 }; in { b: }; in { c: }; end }
t { case [1]; in [x] if x > 1; end }
t { case [1]; in [x] unless x < 2; end }
t { case "s"; in 1; in 2; end }
t { case nil; in 1; in 2; end }
t { [1, 2] => [a, *b, c, d] }
t { 5 => ^(2 + 2) }
x = 3
t { 5 => ^x }
t { { a: 1 } => { a: String => y } }
t { "s" => Integer => z }
t { [1, { a: 2 }] => [Integer, { a: String }] }
t { Struct.new(:a).new(1) => [String] }
t { { a: 1 } => {} }
t { [] => [_] }
t { 1 => nil }
t { 1 => Integer | Float => n; p n }
odd = Object.new
def odd.deconstruct = 1
def odd.deconstruct_keys(_keys) = 1
t { odd => [a] }
t { odd => { a: } }
t { p((odd in [a])) }
t { p((odd in { a: })) }
t { raise NoMatchingPatternKeyError.new("m", matchee: {}, key: :k) }
begin
  raise NoMatchingPatternKeyError, "bare"
rescue NoMatchingPatternKeyError => e
  p e
  begin; e.key; rescue ArgumentError => e2; p e2; end
  begin; e.matchee; rescue ArgumentError => e2; p e2; end
end
p NoMatchingPatternKeyError.superclass
# the pattern statements inside begin/rescue leave the stack balanced
3.times do |i|
  begin
    { i: i } => { i: 1 }
    puts "one"
  rescue NoMatchingPatternError => e
    puts e.message
  end
end
r = [[:ok, 1], [:err, 2]].map do |pair|
  case pair
  in [:ok, v] then v
  in [:err, v] then -v
  end
end
p r
