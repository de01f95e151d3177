# The class of the graph's objects (bench/persist/run): committed once with -Mcommit
# before the maglev graph runs; CRuby's scripts load it with require_relative.
class Node
  attr_reader :a, :b, :c

  def initialize(a, b, c)
    @a = a
    @b = b
    @c = c
  end
end
