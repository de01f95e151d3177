[
  -> { [1, 2].fetch(5) },
  -> { [1, 2].fetch(-5) },
  -> { "abc"[10] = "x" },
  -> { [].first(-1) },
  -> { Array.new(-1) },
  -> { "x" * -1 },
  -> { 256.chr },
  -> { [1, 2, 3].sample(-1) },
  -> { (1..).to_a },
  -> { Struct.new(:a).new(1)[3] },
  -> { "abc".insert(10, "x") },
  -> { [1, 2].insert(-5, 0) },
].each_with_index do |l, i|
  begin
    l.call
    puts "#{i}: no error"
  rescue IndexError, RangeError, ArgumentError => e
    puts "#{i}: #{e.class}: #{e.message}"
  end
end
