# Kernel#pp lays out wide values over several lines as CRuby's PP does (79 columns).
pp 1, "two", :three
x = pp({ a: 1 })
p x
pp (1..40).to_a
pp (1..30).map { |i| "item#{i}" }
pp({ name: "a" * 30, list: (1..25).to_a, nested: { deep: ["x" * 20, "y" * 20, "z" * 20], more: 1..2 } })
S = Struct.new(:alpha, :beta, :gamma)
pp S.new(1, 2, 3)
pp S.new("a" * 30, ["b" * 30, "c" * 30], { k: "d" * 30 })
class Widget
  def initialize
    @name = "w" * 20
    @size = [1, 2, 3]
    @aaa = { key: "value" * 10 }
  end
end
s = Widget.new.pretty_inspect
puts s.sub(/0x\h+/, "0xADDR")
a = [1, 2]
a << a
pp a
h = { self: nil }
h[:self] = h
pp h
pp "line one\nline two\nline three"
pp [nil, true, false, 1.5, 2**70, :sym, "str", 1...5, nil..nil]
puts [[1, 2] * 20].pretty_inspect
pp []
pp({})
