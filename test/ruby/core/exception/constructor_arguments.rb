# Exception constructors: NoMethodError's fourth argument, SystemExit's default message,
# set_backtrace's type check, SystemCallError.new with an errno and a function name.
p NoMethodError.new("m", :x, [1], true).private_call?, NoMethodError.new("m", :x).private_call?
p SystemExit.new.message, SystemExit.new(3).message, SystemExit.new(3, "bye").message
begin; exit 2; rescue SystemExit => e; p [e.status, e.message]; end
e = RuntimeError.new("x")
[1, [1], ["a", 2], nil, "a", ["a", "b"]].each do |bt|
  begin
    p e.set_backtrace(bt)
  rescue TypeError => t
    p t.message
  end
end
p SystemCallError.new(2).class, SystemCallError.new(2).message, SystemCallError.new(2).errno
p SystemCallError.new("x", 2).class, SystemCallError.new("x", 2, "open").message
p SystemCallError.new("x", 99999).class, SystemCallError.new(99999).message
p SystemCallError.new(nil).message, SystemCallError.new("m").message
p Errno::ENOENT.new.message, Errno::ENOENT.new("x").message, Errno::ENOENT.new("x", "f").message
[-> { SystemCallError.new }, -> { Errno::ENOENT.new(1) }, -> { Errno::ENOENT.new("a", "b", "c") }].each do |l|
  begin
    l.call
  rescue => x
    p [x.class, x.message]
  end
end
