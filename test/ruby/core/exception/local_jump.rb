def no_block = yield
begin
  no_block
rescue LocalJumpError => e
  puts "#{e.class}: #{e.message}"
  p e.reason
end
def make_proc = proc { return 10 }
begin
  make_proc.call
rescue LocalJumpError => e
  puts "#{e.class}: #{e.message}"
  p e.reason, e.exit_value
end
pr = proc { next 5 }
p pr.call
def brk = proc { break 3 }
begin
  brk.call
rescue LocalJumpError => e
  puts "#{e.class}: #{e.message}"
  p e.reason
end
p LocalJumpError.superclass
