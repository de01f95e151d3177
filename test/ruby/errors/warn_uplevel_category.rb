# Kernel#warn: uplevel: prefixes the caller's location, category: consults Warning[],
# $VERBOSE nil silences it, and every warning goes through Warning.warn (redefinable).
$stderr = $stdout
warn "a"
warn "b", "c"
warn
warn ["x", ["y"]]
warn "up", uplevel: 0
def f = warn("in f", uplevel: 1)
f
warn "cat", category: :deprecated
Warning[:deprecated] = true
warn "cat2", category: :deprecated
warn "cat3", category: "experimental"
begin; warn "x", category: :nope; rescue => e; p e; end
begin; warn "x", category: 1; rescue => e; p e; end
begin; warn "x", uplevel: -1; rescue => e; p e; end
warn "deep", uplevel: 100
module Warning
  def self.warn(m, category: nil) = print("W[#{category.inspect}] #{m}")
end
warn "hooked"
warn "hooked2", category: :experimental
$VERBOSE = nil
warn "silent"
$VERBOSE = false
warn "loud"
Kernel.warn "kw"
p method(:warn).arity, Kernel.method(:warn).owner
