vals = [true, false, nil]
vals.each do |a|
  vals.each do |b|
    puts "#{a.inspect.ljust(5)} #{b.inspect.ljust(5)} && #{(a && b).inspect.ljust(5)} || #{(a || b).inspect.ljust(5)} & #{(a & b).inspect.ljust(5)} | #{(a | b).inspect.ljust(5)} ^ #{(a ^ b).inspect}"
  end
end
p true.to_s, false.inspect, true & 1, false | 1, true ^ nil
p !!true, !!nil, !0
