MAX = 10
p MAX
module Config
  NAME = "cfg"
  module Inner
    DEPTH = 2
    def self.show
      [NAME, DEPTH]
    end
  end
end
p Config::NAME
p Config::Inner::DEPTH
p Config::Inner.show
p ::MAX
p defined?(MAX)
p defined?(NOPE)
p Config.const_get(:NAME)
p Config.constants.sort
begin
  p Rabbit
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
begin
  Config::Missing
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
