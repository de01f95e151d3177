# SortedSet left the set library in CRuby 3.1: before `require 'set'` it is an unknown
# constant, after it naming it raises a RuntimeError that points to the sorted_set gem.
begin
  SortedSet
rescue NameError => e
  puts "#{e.class}: #{e.name}"
end
require 'set'
p Object.autoload?(:SortedSet).nil?
begin
  SortedSet.new([3, 1])
rescue RuntimeError => e
  puts "#{e.class}: #{e.message}"
end
p Set[3, 1].sort
