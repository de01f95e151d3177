# Signal.trap handlers, Process.kill of this process, Signal.list/signame.
p Signal.trap(:USR1) { }, Signal.trap("INT", "IGNORE"), Signal.trap("INT", "DEFAULT"), Signal.trap(:TERM) { }
p Signal.trap(:TERM, nil).class, Signal.trap(:TERM, "SIG_IGN"), Signal.trap(:TERM, "DEFAULT")
p (Signal.trap(:KILL) { } rescue $!), (Signal.trap(:SEGV) { } rescue $!)
p (Signal.trap(:FOO) { } rescue $!), (Signal.trap(99) { } rescue $!), (Process.kill(:FOO, 0) rescue $!)
p Signal.list.first(5), Signal.list["TERM"], Signal.signame(15), Signal.signame(99), Signal.list.size
begin
  Process.kill(:INT, $$)
  sleep 1
rescue Interrupt => e
  p e, e.message, e.signo
end
begin
  Process.kill(:TERM, Process.pid)
  sleep 1
rescue SignalException => e
  p e, e.message, e.signo, e.signm
end
got = []
p Signal.trap(:USR2) { |s| got << s }
p Process.kill(:USR2, $$), got
p Signal.trap("SIGUSR1") { got << :usr1 }.class
p Process.kill("USR1", $$), Process.kill(:SIGUSR1, $$), got
trap(:HUP) { got << :hup }
Process.kill(:HUP, $$)
p got
p Process.kill(0, $$)
p (Process.kill(:USR1, 999_999) rescue $!)
p SignalException.new("INT").signo, SignalException.new(15).message, (SignalException.new(:FOO) rescue $!)
p Interrupt.new.message, Interrupt.new("stop").signo
Signal.trap(:TERM) { puts "TERM handled"; exit 3 }
p Signal.trap("EXIT") { puts "exit trap" }
Process.kill(:TERM, $$)
puts "not reached"
