puts "loading greeter.rb"
module Greeter
  LOADS = (defined?(LOADS) ? LOADS : 0) + 1
  def self.greet(name) = "Hello, #{name}"
end
