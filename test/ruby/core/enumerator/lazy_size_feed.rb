# Lazy#size through map/with_index/zip/take/drop (nil through select); Enumerator#feed;
# what Yielder#yield returns under to_a; inspect of a generator-backed Enumerator.
p (1..3).lazy.size, [1, 2].lazy.map { _1 }.size, (1..3).lazy.select { true }.size
p (1..3).lazy.take(2).size, (1..3).lazy.take(9).size, (1..3).lazy.drop(1).size, (1..3).lazy.drop(9).size
p (1..3).lazy.with_index.size, (1..3).lazy.zip([1]).size, (1..).lazy.map { _1 }.size
p Enumerator::Lazy.new([1, 2]) { |y, v| y << v * 10 }.to_a
begin; Enumerator::Lazy.new([1, 2]); rescue ArgumentError => e; p e.message; end
e = [1, 2, 3].map
e.next; e.feed :a; e.next; e.feed :b; e.next; e.feed :c
begin; e.next; rescue StopIteration => s; p s.result; end
e = [1, 2].each
p e.feed(1)
begin; e.feed(2); rescue TypeError => t; p t.message; end
e.rewind
p e.feed(3)
p Enumerator.new { |y| r = y.yield(1); y << r }.to_a
p Enumerator.new {}.inspect.sub(/0x\h+/, "XX"), Enumerator::Yielder.instance_methods(false).sort
