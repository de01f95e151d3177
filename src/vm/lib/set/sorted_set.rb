# set/sorted_set: autoloaded by SortedSet after `require 'set'`; the class is the
# sorted_set gem's now, so without that gem naming it raises CRuby 3.1's RuntimeError.
begin
  require "sorted_set"
rescue ::LoadError
  raise "The `SortedSet` class has been extracted from the `set` library. " \
        "You must use the `sorted_set` gem or other alternatives."
end
