class K
  def pub(x) = "pub #{x}"
  private def priv = "priv"
  protected def prot = "prot"
  def inspect = "#<K>"
end
k = K.new
p k.send(:pub, 1), k.__send__(:priv), k.send("prot")
p k.public_send(:pub, 2)
%i[priv prot].each do |m|
  k.public_send(m)
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
p 1.send(:+, 2), [1, 2].send(:map) { |x| x * 3 }
p k.respond_to?(:priv), k.respond_to?(:priv, true), k.respond_to?(:prot)
p k.public_methods(false).sort rescue p :x
