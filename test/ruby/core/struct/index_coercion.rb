# Struct#[] and #[]=: names (Symbol or String), offsets through to_int, negative
# offsets from the end, and the IndexError/NameError for bad ones; Struct.new needs
# a member.
S = Struct.new(:a, :b)
s = S.new(1, 2)
o = Object.new
def o.to_int = 1
p s[1.9], s[o], s[-1], s["a"]
[3, -3, :c, "c", nil].each do |k|
  begin
    s[k]
  rescue => e
    p [e.class, e.message]
  end
  begin
    s[k] = 0
  rescue => e
    p [e.class, e.message]
  end
end
s[-2] = :x
s[o] = :y
p s
f = S.new(1, 2).freeze
begin; f[5] = 1; rescue => e; p e.class; end
begin; f[0] = 1; rescue => e; p e.class; end
begin; Struct.new; rescue => e; p [e.class, e.message]; end
