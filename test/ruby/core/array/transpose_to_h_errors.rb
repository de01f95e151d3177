# Array#transpose converts rows with to_ary (TypeError otherwise); to_h and Hash[] check
# each element (with its index) instead of reading non-Arrays.
p [[1,2],[3,4]].transpose, [[1],[2]].transpose, [].transpose
[-> { [1, 2].transpose }, -> { [[1, 2], 3].transpose }, -> { [[1, 2], nil].transpose },
 -> { [[1], [1, 2]].transpose }, -> { {a: 1}.to_h { 1 } }, -> { {a: 1}.to_h { [1] } },
 -> { (1..2).to_h { 1 } }, -> { (1..2).to_h { [1] } }, -> { [[1, 2], [3]].to_h },
 -> { [[1, 2], 3].to_h }, -> { [1].to_h { 2 } }, -> { Hash[[[1, 2, 3]]] },
 -> { Hash[[[1, 2], [1, 2, 3]]] }, -> { Hash[[1]] }, -> { Hash[1] }, -> { Hash[[[]]] }].each do |f|
  p f.call
rescue TypeError, ArgumentError, IndexError => e
  p e
end
p Hash[[[1]]], Hash[[[1, 2], [3, 4]]], [[1, 2]].to_h { |a, b| [b, a] }
