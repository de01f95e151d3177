# Kernel#rand of an empty range is nil; Random#rand raises.
p rand(1..0), rand(1...1), rand(1.0..0.5), rand(3..3)
begin
  Random.new(1).rand(1..0)
rescue ArgumentError => e
  p e
end
