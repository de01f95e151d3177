# Range#count of a beginless or endless range is Infinity; first(n) and min(n) reject
# a negative n.
p (..1).count, (1..).count, (1.0..).count, (1..3).count, (1..3).count(2), (1..3).count(&:odd?)
p (1..3).min(2), (1..3).max(2), (1..3).first(2)
[-> { (1..2).first(-1) }, -> { (1..3).min(-1) }, -> { (1..3).max(-1) },
 -> { [1].min(-1) }, -> { [1].max(-1) }, -> { [1].min_by(-1) {} }, -> { {a: 1}.max_by(-1) {} },
 -> { (1..3).each_entry.min(-1) }].each do |f|
  f.call
rescue ArgumentError => e
  p e
end
