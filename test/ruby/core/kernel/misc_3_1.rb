# Small Kernel/Object additions: the taint no-ops, private_methods/protected_methods,
# Enumerator.produce, String#chr, Symbol#intern, NilClass#=~, grapheme clusters.
o = Object.new
p o.taint.equal?(o), o.tainted?, o.untrust.equal?(o), o.untrusted?, o.trust.equal?(o), o.untaint.equal?(o)
class PM; protected def pr = 1; private def pv = 2; end
p PM.new.protected_methods.include?(:pr), PM.new.private_methods.include?(:pv), PM.new.private_methods.include?(:pr)
p 1.private_methods.include?(:puts), PM.new.protected_methods(false)
p Enumerator.produce(1) { |x| x * 2 }.take(5)
p Enumerator.produce { |x| (x || 0) + 3 }.first(3)
p Enumerator.produce([0, 1]) { |a, b| [b, a + b] }.take(6).map(&:first)
p Enumerator.produce(3) { |x| x.zero? ? raise(StopIteration) : x - 1 }.to_a
p Enumerator.produce(1) { _1 + 1 }.lazy.select(&:even?).first(3), Enumerator.produce(1) { _1 }.size
begin
  Enumerator.produce(1)
rescue ArgumentError => e
  p e.message
end
begin
  Enumerator.produce(1, 2) { }
rescue ArgumentError => e
  p e.message
end
p "abc".chr, "".chr, "été".chr, "été".chr.encoding, "\xff".b.chr
p :abc.intern, nil =~ /a/, nil =~ "a"
s = "e\u0301x🇯🇵👨‍👩‍👧a\r\n"
p s.grapheme_clusters, s.each_grapheme_cluster.size, s.each_grapheme_cluster.to_a.size
r = []
p s.each_grapheme_cluster { |g| r << g.size }.equal?(s), r
p "abc".b.grapheme_clusters, "ab\xffc".grapheme_clusters.size
