# A Range has no to_ary: multiple assignment, block parameters and Array#+ do not
# splat it; Range#first's argument goes through to_int.
a, b = (1..2)
p [a, b], (1..2).respond_to?(:to_ary), [(1..2)].map { |x, y| [x, y] }, [1, (2..3)].flatten
begin; [1] + (2..3); rescue TypeError => e; p e.message; end
i = Object.new
def i.to_int = 2
p (1..5).first(i), (1..5).first, (1..5).to_a, (1..2).entries
[-> { (1..2).first(nil) }, -> { (1..2).first(1, 2) }, -> { (1..2).first(-1) }].each do |l|
  p l.call
rescue => e
  p [e.class, e.message]
end
