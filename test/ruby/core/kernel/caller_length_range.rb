# Kernel#caller and #caller_locations with a length and with ranges, past the end of the
# stack, negative arguments, and inside a rescue clause (its `rescue in` frame counts).
def strip(a) = a&.map { |l| l.to_s.sub(/^.*\//, "") }
def depth2 = yield
def show
  depth2 do
    p strip(caller(0, 2)), strip(caller(1..2)), strip(caller(0...1)), strip(caller(-2..))
    p strip(caller(100)), strip(caller(0, 0)), caller(0, nil).size == caller(0).size
    p caller_locations(0, 1).map(&:label), caller_locations(1..1).map(&:lineno)
    p caller_locations(0...2).map(&:label), caller_locations(-1..).map(&:label)
  end
end
show
def rescuing
  raise "x"
rescue
  p strip(caller(0, 2)), caller_locations(0, 2).map(&:label)
end
rescuing
[-> { caller(-1) }, -> { caller(0, -1) }, -> { caller_locations(-2) }, -> { caller(1, 2, 3) },
 -> { caller("a") }].each do |f|
  f.call
rescue ArgumentError, TypeError => e
  p [e.class, e.message]
end
