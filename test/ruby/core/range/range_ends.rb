# Range#min/max/last/minmax on beginless and endless ranges, inspect/to_s of nil
# ends, eql? of the ends, dup of a (frozen) range literal, single-character String
# ranges iterate by character code, reverse_each of a beginless range.
[-> { (..1).min }, -> { (1..).last }, -> { (1..).last(2) }, -> { (..3).max { |a, b| a <=> b } },
 -> { (1..).min { |a, b| a <=> b } }, -> { (1..).max }, -> { (..3).reverse_each.first(2) },
 -> { (..3).max }, -> { (1..).min }, -> { (1...3.5).max }].each do |l|
  p l.call
rescue => e
  p [e.class, e.message]
end
p (nil..nil).inspect, (nil..nil).to_s, (1..nil).inspect, (nil..1).to_s, (1..2).eql?(1..2.0), (1..2).eql?(1..2)
p (1..2) == (1..2.0), (1..2).dup.frozen?, (1..2).clone.frozen?, Range.new(1, 2).dup.frozen?, (1..2).dup
p ("A".."z").count, ("A".."z").to_a.last(3), ("a".."e").step(2).to_a, ("y".."ab").to_a, ("9".."11").to_a
p ("A"..."C").to_a, ("a".."a").to_a, ("b".."a").to_a
