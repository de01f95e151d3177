$raise_attempts = ($raise_attempts || 0) + 1
puts "raises_on_load.rb attempt #{$raise_attempts}"
raise ArgumentError, "broken library" if $raise_attempts == 1
module FixedLater
  OK = true
end
