begin
  puts "body"
  exit 2
ensure
  puts "ensure runs on exit"
end
