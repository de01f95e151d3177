begin
  require "definitely_not_a_library_xyz"
rescue LoadError => e
  puts "#{e.class}: #{e.message}"
  p e.path
end
begin
  require_relative "lib/not_there"
rescue LoadError => e
  puts e.class
  p e.message.start_with?("cannot load such file -- ")
end
begin
  load "lib/also_not_there.rb"
rescue LoadError => e
  puts "#{e.class}: #{e.message}"
end
p LoadError.superclass
