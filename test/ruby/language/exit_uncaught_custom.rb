class BadThing < StandardError; end
begin
  raise BadThing, "handled"
rescue BadThing => e
  puts "handled #{e.message}"
end
puts "now unhandled"
raise BadThing, "unhandled"
