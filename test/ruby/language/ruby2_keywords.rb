# Module#ruby2_keywords: keywords passed to a *args method arrive as a flagged Hash that
# a later f(*args) passes on as keywords again; Hash.ruby2_keywords_hash(?).
class D
  def t(*a, **kw) = [a, kw]
  def pos(*a) = a
  ruby2_keywords def fwd(*args, &b) = t(*args, &b)
  ruby2_keywords def fwd_pos(*args) = pos(*args)
  define_method(:dm) { |*a| t(*a) }
  ruby2_keywords :dm
  def plain(*args) = t(*args)
  def with_kw(*a, k: 1) = a
  def no_rest(a) = a
end
d = D.new
p d.fwd(1, k: 2), d.fwd(1, {k: 2}), d.fwd(k: 2), d.fwd(1), d.fwd(**{})
p d.fwd_pos(1, k: 2), d.dm(1, k: 3), d.plain(1, k: 2)
h = d.pos(*[1, Hash.ruby2_keywords_hash({z: 1})])
p h
x = [1, {a: 1}]
p d.t(*x)
def capture(*a) = a
ruby2_keywords :capture
last = capture(1, q: 2).last
p last, Hash.ruby2_keywords_hash?(last), Hash.ruby2_keywords_hash?({q: 2})
p Hash.ruby2_keywords_hash?(Hash.ruby2_keywords_hash({a: 1}))
p d.t(*capture(k: 1)), d.t(*capture({k: 1}))
begin
  D.send(:ruby2_keywords, :nope)
rescue NameError => e
  p e.class, e.message.lines.first.chomp
end
begin
  Hash.ruby2_keywords_hash?(1)
rescue TypeError => e
  p e.message
end
p D.private_method_defined?(:ruby2_keywords), Module.private_instance_methods.include?(:ruby2_keywords)
