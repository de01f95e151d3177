at_exit { puts "handler sees #{$!.inspect}" }
at_exit do
  puts "second handler"
  exit 7
end
puts "main"
raise "boom"
