class Module
  alias_method :orig_const_missing, :const_missing
end
class Lazy
  def self.const_missing(name)
    "auto #{name}"
  end
end
p Lazy::Anything
p Lazy::Other
module Strict; end
begin
  Strict::Missing
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
  p e.name
end
class Foo
  BAR = 1
  private_constant :BAR
  def self.bar = BAR
end
p Foo.bar
begin
  Foo::BAR
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
