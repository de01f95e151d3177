class K
  def a; end
  def b(x); end
  def c(x, y = 1); end
  def d(*r); end
  def e(x, *r, y); end
  def f(k:); end
  def g(k: 1); end
  def h(x, k:); end
  def i(**kw); end
  def j(&blk); end
end
%i[a b c d e f g h i j].each { |m| puts "#{m}: #{K.instance_method(m).arity} #{K.instance_method(m).parameters.inspect}" }
