# FrozenError.new(msg = nil, receiver: obj): receiver raises ArgumentError when none was
# given; the VM's own FrozenErrors, Array#shuffle! and Struct setters carry the receiver.
e = FrozenError.new("m", receiver: :r)
p e.message, e.receiver
begin
  FrozenError.new("m").receiver
rescue ArgumentError => x
  p x.message
end
begin
  FrozenError.new("a", "b")
rescue ArgumentError => x
  p x.message
end
p FrozenError.new.message
a = [1, 2].freeze
XS = Struct.new(:x)
[-> { a << 3 }, -> { a.shuffle! }, -> { XS.new(1).freeze.x = 2 }, -> { "s".freeze << "t" }].each do |l|
  l.call
rescue FrozenError => err
  p [err.message, err.receiver]
end
