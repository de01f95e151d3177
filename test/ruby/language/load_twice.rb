p load("lib/loadme.rb")
p loaded_helper
p load("lib/loadme.rb")
p loaded_helper
p $load_count
p load("./lib/loadme.rb")
p $load_count
