begin
  require_relative "lib/raises_on_load"
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p defined?(FixedLater)
p require_relative("lib/raises_on_load")
p FixedLater::OK
p require_relative("lib/raises_on_load")
begin
  require_relative "lib/bad_syntax"
rescue SyntaxError => e
  puts e.class
end
