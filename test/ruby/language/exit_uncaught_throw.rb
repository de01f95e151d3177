puts "throwing"
throw :nobody_catches
