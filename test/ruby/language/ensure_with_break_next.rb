log = []
[1, 2, 3].each do |i|
  begin
    next if i == 1
    break if i == 3
    log << "body #{i}"
  ensure
    log << "ensure #{i}"
  end
end
p log
r = loop do
  begin
    break :value
  ensure
    log << "loop ensure"
  end
end
p r, log.last
def m
  [1].each do
    begin
      return :early
    ensure
      puts "ensure on return through block"
    end
  end
end
p m
