module A
  module B
    p Module.nesting
    class C
      p Module.nesting
    end
  end
end
module A::B
  p Module.nesting
end
p Module.nesting
module Outer
  VALUE = :outer
  module Inner
    def self.lookup = VALUE
  end
end
module Outer::Inner
  def self.lookup2 = (defined?(VALUE) ? VALUE : :not_visible)
end
p Outer::Inner.lookup
p Outer::Inner.lookup2
