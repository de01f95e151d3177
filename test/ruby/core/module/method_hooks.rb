# The method table hooks CRuby 3.1 calls: method_added for def, attr_*, define_method,
# alias/alias_method; method_removed, method_undefined; their singleton_ forms for
# singleton classes (def self.x, class << self, define_singleton_method, module_function).
class Tracker
  def self.method_added(name) = puts("added #{name}")
  def self.method_removed(name) = puts("removed #{name}")
  def self.method_undefined(name) = puts("undefined #{name}")
  def self.singleton_method_added(name) = puts("s-added #{name}")
  def one; end
  attr_reader :r
  attr_writer :w
  attr_accessor :a
  attr :plain
  define_method(:dm) { }
  alias_method :one2, :one
  alias one3 one
  private def pv; end
  public :one
  private :one
  protected :one
  remove_method :one2
  undef_method :one3
  undef dm
  def self.sm; end
  define_singleton_method(:dsm) { }
  class << self
    def in_sclass; end
    attr_reader :sattr
  end
end
module MF
  def self.method_added(name) = puts("mf added #{name}")
  def self.singleton_method_added(name) = puts("mf s-added #{name}")
  module_function
  def helper; end
end
o = Object.new
def o.singleton_method_added(n) = puts("o s-added #{n}")
def o.x; end
o.define_singleton_method(:y) { }
o.singleton_class.attr_accessor :z
class Struct1 < Struct.new(:q)
  def self.method_added(name) = puts("st added #{name}")
  def q2; end
end
def o.singleton_method_removed(n) = puts("o s-removed #{n}")
def o.singleton_method_undefined(n) = puts("o s-undefined #{n}")
class << o
  remove_method :x
  undef_method :y
end
p o.singleton_methods.sort
q = Object.new
def q.a; end
def q.b; end
class << q
  remove_method :a
  undef_method :b
end
p q.singleton_methods
