# Proc and Method composition (>> and <<) and Method#curry; the rest of Proc and
# Method is C++ (core/proc.cc).

class Proc
  # Marks a proc whose rest argument passes keywords through: keywords already are
  # passed that way here, so only the receiver is returned (CRuby 3.1 warns when the
  # proc takes keywords or no splat).
  def ruby2_keywords = self

  def >>(g)
    raise TypeError, "callable object is expected" unless g.respond_to?(:call)
    f = self
    lambda? ? lambda { |*a, &b| g.call(f.call(*a, &b)) } : proc { |*a, &b| g.call(f.call(*a, &b)) }
  end

  def <<(g)
    raise TypeError, "callable object is expected" unless g.respond_to?(:call)
    f = self
    lam = g.is_a?(Proc) ? g.lambda? : true
    lam ? lambda { |*a, &b| f.call(g.call(*a, &b)) } : proc { |*a, &b| f.call(g.call(*a, &b)) }
  end
end

class Method
  def >>(g) = to_proc >> g
  def <<(g) = to_proc << g
  def curry(*n) = to_proc.curry(*n)
end
