module Tools
  def self.hammer = "hammer"
  VERSION = "1.0"
  class Saw
    def self.cut = "cut"
    def initialize(n = 1) = @n = n
    def n = @n
  end
  def self.Factory(x) = "factory #{x}"
end
p Tools.hammer
p Tools::hammer
p Tools::VERSION
p Tools::Saw.cut
p Tools::Saw::cut
p Tools::Saw.new(3).n
p Tools::Saw::new.n
p Tools::Factory(1)
p Tools.Factory(2)
p Math::sqrt(9)
p Math.sqrt(9)
p ::Tools::VERSION
p Kernel::format("%d", 7)
