# Refinements are lexical: active after `using` to the end of the file, or of the class
# body that used them; methods defined before, and code in other files, do not see them.
module Trip
  refine Integer do
    def tripled = self * 3
  end
end

def before_using(n) = n.tripled
def try
  yield
rescue NoMethodError => e
  puts e.message.lines.first.chomp
end

class Box
  try { p 1.tripled }
  using Trip
  p 2.tripled
  def box_trip = 3.tripled
  class Inner
    p 4.tripled
    p Module.used_modules
  end
end
p Box.new.box_trip
try { 5.tripled }
class Box
  try { 6.tripled }
end
p Module.used_modules

require_relative "lib/refinements_other"
using Trip
p 7.tripled
try { before_using(8) }
try { other_file_trip(9) }
p eval("10.tripled")
blk = proc { 11.tripled }
p blk.call
p [1, 2].sum { _1.tripled }
p Module.used_modules

# Several refinements of one class: the latest using comes first, super goes to the class.
class Base; def hi = "base"; end
class Kid < Base; def hi = "kid/" + super; end
module First; refine(Kid) { def hi = "first/" + super; def only_first = "f" }; end
module Second; refine(Kid) { def hi = "second/" + super }; end
using First
using Second
p Kid.new.hi
p Kid.new.only_first
p Module.used_modules

# Refining a module reaches classes that include it; refining a singleton class.
module Second2
  refine Enumerable do
    def second = to_a[1]
  end
  refine Kid.singleton_class do
    def build = "built"
  end
end
using Second2
p [1, 2, 3].second
p (4..6).second
p Kid.build

# A prepended module still comes before the refined class's own methods.
module Pre; def hi = "pre/" + super; end
class Kid2 < Base; prepend Pre; def hi = "kid2/" + super; end
module Third; refine(Kid2) { def hi = "third/" + super }; end
using Third
p Kid2.new.hi
