class Config
  attr_accessor :a, :b
  attr_reader :r
  attr_writer :w
  alias_method :a_alias, :a
  alias b_alias b
  def initialize = (@a, @b, @r, @w = 1, 2, 3, 4)
  def w_value = @w
end
c = Config.new
p c.a, c.b, c.r, c.a_alias, c.b_alias
c.a = 10
p c.a_alias
c.w = 40
p c.w_value
p c.respond_to?(:r=), c.respond_to?(:w)
r = Config.send(:attr_accessor, :dyn)
p r
c.dyn = :d
p c.dyn
p Config.instance_method(:a_alias).name, Config.instance_method(:a_alias).original_name
