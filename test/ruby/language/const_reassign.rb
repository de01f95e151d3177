LIMIT = 1
LIMIT = 2
p LIMIT
LIST = [1, 2]
LIST << 3
p LIST
module Conf
  VALUES = { a: 1 }.freeze
end
begin
  Conf::VALUES[:b] = 2
rescue FrozenError => e
  puts "#{e.class}: #{e.message}"
end
p Conf::VALUES
Conf.send(:remove_const, :VALUES)
p Conf.const_defined?(:VALUES)
Conf::VALUES = :new
p Conf::VALUES
