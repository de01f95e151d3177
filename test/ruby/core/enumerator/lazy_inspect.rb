# Enumerator::Lazy#inspect names the method (and arguments) that made each step.
l = (1..3).lazy
p l.collect{}, l.find_all{}, l.filter{}, l.take(2), l.with_index, l.each_with_index,
  l.zip([1]), l.each_slice(2), l.compact, l.uniq, l.grep(1), l.take_while{}, l.flat_map{},
  l.collect_concat{}, l.filter_map{}, l.drop(1), l.map{}.map{}, [1].lazy, l.eager,
  l.with_index(1), l.select(&:odd?).map { _1 * 2 }
p l.map { _1 * 2 }.with_index.to_a, l.eager.map { _1 }, l.take(2).to_a
