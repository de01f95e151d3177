# String#* and Array#* with a huge count raise instead of ending the process.
begin
  "a" * (2**62)
rescue NoMemoryError, ArgumentError => e
  p e.class
end
begin
  "ab" * (2**62)
rescue NoMemoryError, ArgumentError => e
  p e.class
end
begin
  [1] * (2**62)
rescue ArgumentError => e
  p e
end
p "ab" * 3, [1, 2] * 2
