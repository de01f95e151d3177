def finish(code)
  puts "finishing with #{code}"
  exit code
end
[1, 2].each do |i|
  puts "step #{i}"
end
finish(42)
puts "unreachable"
