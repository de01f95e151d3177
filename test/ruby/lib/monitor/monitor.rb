# monitor: reentrant Monitor, MonitorMixin in a class and by extend, condition variables.
require 'monitor'

mon = Monitor.new
mon.synchronize do
  mon.synchronize { p [:nested, mon.mon_owned?, mon.mon_locked?] }
end
p mon.mon_locked?, mon.try_enter, mon.mon_owned?
mon.exit
begin
  mon.exit
rescue ThreadError => e
  p e.message
end

class Counter
  include MonitorMixin

  def initialize
    super()
    @count = 0
  end

  def incr
    synchronize { synchronize { @count += 1 } }
  end

  attr_reader :count
end
c = Counter.new
ts = 5.times.map { Thread.new { 100.times { c.incr } } }
ts.each(&:join)
p c.count

buf = []
buf.extend(MonitorMixin)
empty_cond = buf.new_cond
consumer = Thread.new do
  got = []
  3.times do
    buf.synchronize do
      empty_cond.wait_while { buf.empty? }
      got << buf.shift
    end
  end
  got
end
3.times do |i|
  buf.synchronize do
    buf << i
    empty_cond.signal
  end
  Thread.pass
end
p consumer.value

m = Monitor.new
cond = m.new_cond
m.synchronize do
  p cond.wait(0.01)
  p m.mon_owned?
end
begin
  cond.signal
rescue ThreadError => e
  p e.message
end
t = Thread.new { m.try_enter }
p t.value
p m.mon_locked?, m.mon_owned?
