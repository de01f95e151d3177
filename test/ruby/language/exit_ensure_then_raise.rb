def work
  puts "working"
  raise "failure in work"
ensure
  puts "ensure before dying"
end
work
