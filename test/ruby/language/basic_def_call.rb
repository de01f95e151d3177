def hello
  puts "hello from method"
end
hello
hello()
