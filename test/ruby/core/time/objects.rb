# A Time is an ordinary object: subclasses, dup/clone, freeze, instance variables,
# methods from Comparable, and what class the results of operations have.
def show
  r = yield
  p r
rescue => e
  puts "#{e.class}: #{e.message}"
end

class MyT < Time
  def hello = "hello from #{year}"
end
m = MyT.utc(2000)
show { m }
show { m.hello }
show { [m.class, (m + 1).class, (m - 1).class, m.round.class, m.floor.class, m.ceil.class] }
show { [m.getutc.class, m.getlocal.class, m.dup.class, m.clone.class] }
show { [MyT.at(0).class, MyT.now.class, MyT.new(2000).class, MyT.gm(2000).class, MyT.local(2000).class] }
show { [Time.at(m).class, MyT.at(m).class] }
show { MyT.utc(2000) == Time.utc(2000) }
show { MyT.utc(2000).eql?(Time.utc(2000)) }
show { MyT.ancestors.take(4) }

t = Time.utc(2000, 1, 2, 3, 4, 5)
show { t.instance_variables }
t.instance_variable_set(:@note, "x")
show { t.instance_variables }
show { t.instance_variable_get(:@note) }
show { t.dup.instance_variable_get(:@note) }
show { t.dup == t }
show { t.dup.equal?(t) }
show { t.clone.frozen? }
show { t.freeze.clone.frozen? }
show { t.dup.frozen? }
show { t.frozen? }

show { Time.ancestors.take(3) }
show { Time.include?(Comparable) }
show { Time.utc(2000).is_a?(Comparable) }
show { Time.utc(2000).respond_to?(:succ) }
show { Time.utc(2000).method(:utc?).arity }
show { Time.utc(2000).method(:round).arity }
show { Time.utc(2000).method(:strftime).arity }
show { Time.method(:at).arity }
show { Time.method(:utc).arity }
show { [:at, :gm, :local, :mktime, :now, :utc].all? { |s| Time.respond_to?(s) } }
show { %i[+ - <=> eql? hash to_i to_f to_r year month mon day mday hour min sec usec nsec subsec
          wday yday zone utc_offset gmt_offset gmtoff utc? gmt? dst? isdst utc gmtime getutc
          getgm localtime getlocal to_s inspect strftime to_a round floor ceil ctime asctime
          tv_sec tv_usec tv_nsec sunday? monday? tuesday? wednesday? thursday? friday?
          saturday?].reject { |s| Time.utc(2000).respond_to?(s) } }

h = {}
h[Time.utc(2000)] = 1
h[Time.at(946684800, in: "+09:00")] = 2
h[Time.utc(2000, 1, 1, 0, 0, 0.5)] = 3
show { h.size }
show { h.values }
show { [Time.utc(2000), Time.utc(2000)].uniq.size }

# Times inside other objects print through inspect.
show { [Time.utc(2000), { at: Time.at(0, in: "+01:00") }] }
Event = Struct.new(:name, :at)
show { Event.new("launch", Time.utc(1969, 7, 16, 13, 32)) }
puts "at #{Time.utc(2000)}"
puts [Time.utc(2000), Time.utc(2001)].join(", ")
show { format("%s", Time.utc(2000)) }

# Times finer than a nanosecond keep their exact value through dup and in hashes.
r = Time.at(1.1)
show { r.instance_variables }
show { [r.dup == r, r.dup.to_r == r.to_r, r.dup.inspect == r.inspect] }
show { { r => 1 }[Time.at(1.1)] }
show { Time.at(r).to_r }
show { Time.at(1, 1r/3, :nsec).dup.utc }
