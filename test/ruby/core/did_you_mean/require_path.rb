# did_you_mean on LoadError of require: the features of the load path.
def show
  yield
rescue LoadError => e
  puts "#{e.class}: #{e.message}"
  puts "--"
end
show { require "jsonn" }
show { require "shellword" }
show { require "tempfil" }
show { require "zzzqqqxxx" }
show { load "jsonn.rb" }
