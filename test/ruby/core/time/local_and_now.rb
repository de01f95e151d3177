# Local time and Time.now: only relations that hold in any system zone (TZ) are
# printed, never the current time or the machine's offset.
def show
  r = yield
  p r
rescue => e
  puts "#{e.class}: #{e.message}"
end

a = Time.now
b = Time.now
show { a.class }
show { a <= b }
show { a.utc? }
show { a.year >= 2020 }
show { (b - a).class }
show { (b - a) >= 0 && (b - a) < 60 }
show { a.nsec.between?(0, 999_999_999) }
show { a.usec == a.nsec / 1000 }
show { a.to_i.is_a?(Integer) }
show { a.utc_offset.is_a?(Integer) }
show { a.utc_offset == a.gmt_offset }
show { a.zone.is_a?(String) }
show { [true, false].include?(a.dst?) }
show { Time.new.class }
show { Time.new <= Time.now }
show { (Time.now - Time.now).abs < 1 }

l = Time.local(2000, 6, 15, 12, 30, 45)
show { [l.year, l.mon, l.day, l.hour, l.min, l.sec] }
show { l.utc? }
show { l.to_a[0, 8] }
show { l.wday == Time.utc(2000, 6, 15).wday }
show { l.yday }
show { Time.mktime(2000, 6, 15, 12, 30, 45) == l }
show { Time.local(2000, "jun", 15, 12, 30, 45) == l }
show { Time.local(45, 30, 12, 15, 6, 2000, nil, nil, false, nil) == l }
show { Time.new(2000, 6, 15, 12, 30, 45) == l }
show { Time.local(2000, 6, 15, 12, 30, 45.5).subsec }
show { Time.local(2000, 6, 15, 12, 30, 45, 500).usec }
show { l.to_i + l.utc_offset == Time.utc(2000, 6, 15, 12, 30, 45).to_i }
show { l.strftime("%Y-%m-%d %H:%M:%S") }
show { l.to_s.start_with?("2000-06-15 12:30:45 ") }
show { l.inspect.start_with?("2000-06-15 12:30:45 ") }
show { l.strftime("%z") == l.to_s[-5..] }
show { l.strftime("%Z") == l.zone }
show { l.to_a[9] == l.zone }
show { l.to_a[8] == l.dst? }

u = l.getutc
show { u.utc? }
show { u == l }
show { u.getlocal == l }
show { u.getlocal.utc? }
show { u.getlocal.hour == l.hour }
show { u.getlocal(nil).utc_offset == l.utc_offset }
m = Time.utc(2000, 6, 15, 12)
show { m.localtime.equal?(m) }
show { m.utc? }
show { m.hour == (12 + m.utc_offset / 3600.0).floor % 24 || m.utc_offset % 3600 != 0 }
show { Time.at(0).utc? }
show { Time.at(0).getutc.hour }
show { Time.at(0) == Time.utc(1970) }
show { Time.at(l).utc? }
show { Time.at(l) == l }
show { (l + 0.5).utc? }
show { l.round.equal?(l) }
show { l.localtime.equal?(l) }
show { Time.local(2000, 2, 31).mon }
show { Time.local(2000, 1, 1, 24).day }
show { Time.local(2000, 13) }
show { Time.local }

g = Time.local(2000, 1, 1) + 86400 * 180
show { [g.utc_offset, g.zone, g.dst?] == [Time.local(g.year, g.mon, g.day, g.hour, g.min, g.sec).utc_offset, Time.local(g.year, g.mon, g.day, g.hour, g.min, g.sec).zone, Time.local(g.year, g.mon, g.day, g.hour, g.min, g.sec).dst?] }
