begin
  exit 5
rescue SystemExit => e
  puts "rescued #{e.class} status=#{e.status} success=#{e.success?}"
end
begin
  exit
rescue SystemExit => e
  puts "status=#{e.status} success=#{e.success?}"
end
begin
  exit false
rescue SystemExit => e
  puts "status=#{e.status}"
end
begin
  abort "msg"
rescue SystemExit => e
  puts "abort status=#{e.status} message=#{e.message}"
end
puts "end"
exit true
