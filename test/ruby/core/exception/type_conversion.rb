[
  -> { "a" + 1 },
  -> { "a" + nil },
  -> { 1 + "a" },
  -> { 1 + nil },
  -> { [1] + 1 },
  -> { Integer([1]) },
  -> { "x" * "y" },
  -> { [1, 2].first("1") },
  -> { Array.new("3") },
  -> { "abc"[nil] },
  -> { { a: 1 }.merge(1) },
  -> { 1.upto("5").to_a },
  -> { nil.to_sym },
  -> { Float(nil) },
  -> { "%d" % "abc" },
  -> { [1, 2].join(1) },
  -> { :a + :b },
  -> { 3.times.with_index("x").to_a },
  -> { raise "not an exception class" rescue raise(TypeError, "explicit") },
].each_with_index do |l, i|
  begin
    l.call
    puts "#{i}: no error"
  rescue TypeError, ArgumentError, NoMethodError => e
    puts "#{i}: #{e.class}: #{e.message.lines.first.to_s.chomp}"
  end
end
