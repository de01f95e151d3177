# The constant cache of getconst / ::X and its invalidation: a constant read in a loop
# (at top level, in a method, in a class body run twice) while it is reassigned,
# removed, shadowed by a nested scope, an included or prepended module, an autoload,
# and const_missing results (never cached).
X = 1
def read_x = X
def read_top = ::X
r = []
3.times do |i|
  r << read_x << read_top
  Object.send(:remove_const, :X)
  X = i + 10
end
p r

module Outer
  V = :outer
  def self.v = V
end
class Base; V = :base; end
class Kid < Base
  def v = V
end
k = Kid.new
p [k.v, Outer.v]
Base.send(:remove_const, :V)
V = :top
p k.v
module Mix; V = :mix; end
class Kid; include Mix; end
p k.v
module Pre; V = :pre; end
class Kid; prepend Pre; end
p k.v
class Kid; V = :own; end
p k.v

class Object
  def self.const_missing(n) = "missing #{n}"
end
def read_nope = Nope
p [read_nope, read_nope]
Nope = :now
p read_nope

# One class body (same code) run with different lexical scopes.
class A1; C = :a1; end
class A2; C = :a2; end
out = []
[A1, A2, A1].each do |k|
  out << k.class_eval { C rescue :none }
end
p out
s1 = Object.new
s2 = Object.new
class << s1; Q = :s1; end
class << s2; Q = :s2; end
res = [s1, s2, s1].map { |o| class << o; Q; end }
p res

# Many constants read from one method: lines of the direct-mapped cache collide.
names = (1..40).map { |i| :"K#{i}" }
names.each_with_index { |n, i| Object.const_set(n, i) }
eval("def read_many = [" + names.join(", ") + "]")
p read_many.sum
p read_many.sum
Object.send(:remove_const, :K7)
Object.const_set(:K7, 700)
p read_many.sum
GC.start
p read_many.sum

# An autoload registered in an inner scope hides the outer constant.
Zed = :top_zed
module M; def self.z = Zed; end
p M.z
M.autoload(:Zed, File.join(__dir__, "no_such_file_for_autoload"))
begin
  p M.z
rescue LoadError => e
  p e.class
end
