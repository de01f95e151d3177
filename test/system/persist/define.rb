# Definitions committed with -Mcommit by persist_code_test.py (use.rb reads them in a
# fresh VM; use.out is what CRuby 3.1 prints running both in one process).
module Greet
  def greet; "hi from #{name}"; end
end
module Loud
  def shout; "LOUD"; end
end
module Pre
  def name; "pre-" + super; end
end
class Animal
  @@count = 0
  @registry = [:a]
  class << self; attr_accessor :registry; end
  LIMIT = 10
  attr_accessor :name
  attr_reader :age
  def initialize(name); @name = name; @@count += 1; end
  def self.count; @@count; end
  define_method(:dm) { |x| "dm #{x} #{LIMIT}" }
  def old; :old; end
  alias_method :aliased, :old
  alias als old
  def gone; end
  remove_method :gone
  def undone; end
  undef_method :undone
  include Greet
  extend Loud
  prepend Pre
  def to_s; "Animal(#{@name})"; end
end
class Dog < Animal
  def speak; "woof"; end
  autoload :Collar, File.join(__dir__, "collar.rb")
end
Pair = Struct.new(:a, :b) do
  def sum; a + b; end
end
o = Object.new
def o.single; :single; end
Maglev[:dog] = Dog.new("rex")
class Recovering
  def go
    raise "x"
  rescue
    caller(0, 2).map { |l| l.sub(/^.*\//, "") }
  end
end
