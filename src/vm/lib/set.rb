# set: Set itself is in the prelude (core/prelude/set.rb, persistent data holds Sets);
# requiring it adds Enumerable#to_set, which CRuby 3.1 only has after `require 'set'`.
module Enumerable
  def to_set(klass = Set, *args, &blk)
    klass.new(self, *args, &blk)
  end
end

# SortedSet left the set library in 3.1: naming it loads set/sorted_set, which raises.
autoload :SortedSet, "set/sorted_set"
