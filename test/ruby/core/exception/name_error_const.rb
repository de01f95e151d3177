begin
  Rabbit
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
  p e.name
end
module Farm; end
begin
  Farm::Rabbit
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
begin
  Farm.const_get(:lowercase)
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
begin
  undefined_thing
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
  p e.class == NameError
end
begin
  undefined_call()
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
begin
  self.undefined_self_call
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
p NoMethodError.superclass
p Object.const_defined?(:Rabbit)
