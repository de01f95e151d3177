class Base
  def m(*args, **kw, &blk) = "args=#{args} kw=#{kw.sort.to_h} blk=#{blk ? blk.call : '-'}"
end
class A < Base
  def m(a, b = :db, *rest, k: :dk, **opts, &blk) = super
end
class B < Base
  def m(a, b = :db)
    a = :changed
    super
  end
end
class C < Base
  def m(x) = super() { :explicit_block }
end
class D < Base
  def m(x, &) = super(x, &)
end
p A.new.m(1)
p A.new.m(1, 2, 3, k: 4, z: 5) { :blk }
p B.new.m(:orig)
p C.new.m(9)
p D.new.m(7) { :fwd }
class E < Base
  def m(...) = super(...)
end
p E.new.m(1, y: 2) { :e }
