[
  -> { 1 / 0 },
  -> { 1 % 0 },
  -> { 1.divmod(0) },
  -> { 1 + nil },
  -> { 1 + "2" },
  -> { "2" + 1 },
  -> { 1 <=> nil },
  -> { 1 < nil },
  -> { 3.times(1) },
  -> { Integer.new },
  -> { 5.upto },
  -> { -1.chr rescue raise RangeError, "custom" },
  -> { 300.chr },
  -> { 2**"x" },
  -> { [1, 2].first(-1) },
  -> { 1.fdiv(nil) },
].each_with_index do |l, i|
  begin
    r = l.call
    puts "#{i}: no error #{r.inspect}"
  rescue => e
    puts "#{i}: #{e.class}: #{e.message.lines.first.to_s.chomp}"
  end
end
p 1.0 / 0
p 0 / 1.0
p -1 / 0.0
p 1.0.divmod(0.3).map { |x| x.round(6) }
