# Time.at with seconds, subsec units and in:; arithmetic, comparison, the instant's
# numeric forms, rounding. Every Time here is UTC or at a fixed offset (no TZ needed).
def show
  r = yield
  p r
rescue => e
  puts "#{e.class}: #{e.message}"
end

show { Time.at(0).utc }
show { Time.at(946684800).utc }
show { Time.at(-1).utc }
show { Time.at(1.5).utc }
show { Time.at(1.1).utc }
show { Time.at(Rational(1, 3)).utc }
show { Time.at(-1.25).utc }
show { Time.at(0, 123456789, :nsec).utc }
show { Time.at(0, 123456789, :nanosecond).utc }
show { Time.at(0, 5, :usec).utc }
show { Time.at(0, 5, :microsecond).utc }
show { Time.at(0, 5).utc }
show { Time.at(0, 1.5).utc }
show { Time.at(0, 1.5, :millisecond).utc }
show { Time.at(0, -5, :millisecond).utc }
show { Time.at(0, 5000, :millisecond).utc }
show { Time.at(0, 1r/3, :nsec).utc }
show { Time.at(1.5, 5, :millisecond).utc }
show { Time.at(0, false).utc }
show { Time.at(0, in: "+09:00") }
show { Time.at(0, in: "-03:30") }
show { Time.at(0, in: "UTC") }
show { Time.at(0, in: 3600) }
show { Time.at(Time.at(0, in: "+03:00")) }
show { Time.at(Time.utc(2000)).utc? }
show { Time.at(Time.at(0, in: "+03:00"), in: "+04:00") }
show { Time.at(nil) }
show { Time.at("1") }
show { Time.at(0, nil) }
show { Time.at(0, "1") }
show { Time.at(0, 1, :foo) }
show { Time.at(0, 1, "usec") }
show { Time.at(Time.utc(2000), 5) }
show { Time.at(Float::NAN) }
show { Time.at(Float::INFINITY) }
show { Time.at(1, 2, 3, 4) }

t = Time.at(1600000000, 123456789, :nsec).utc
show { t.to_i }
show { t.tv_sec }
show { t.to_f }
show { t.to_r }
show { t.usec }
show { t.tv_usec }
show { t.nsec }
show { t.tv_nsec }
show { t.subsec }
show { Time.utc(2000).subsec }
show { Time.utc(2000).to_r }
show { Time.at(1.1).to_r }
show { Time.at(1.1).nsec }
show { Time.at(1.1).subsec }
show { Time.at(-1.25).to_i }
show { Time.at(-1.25).nsec }
show { Time.at(-1.25).usec }
show { Time.at(1600000000.123456).usec }
show { Time.at(1600000000.123456).to_f }
show { Time.at(1, 1r/3, :nsec).nsec }
show { Time.at(1, 1r/3, :nsec).to_f }

u = Time.utc(2000)
show { u + 1 }
show { u + 1.5 }
show { u + 0.1 }
show { (u + 0.1).nsec }
show { u + Rational(1, 3) }
show { u + 1r/3 - 1r/3 }
show { u - 1 }
show { u - 0.1 }
show { u + 86400 * 366 }
show { u + u }
show { u + nil }
show { u + "1" }
show { u - "1" }
show { u + Float::NAN }
show { u - Time.utc(1999) }
show { u - Time.utc(2000, 1, 1, 0, 0, 0.5) }
show { Time.utc(2000, 1, 1) - Time.utc(2000, 1, 1, 0, 0, 0, 1) }
show { Time.at(1, 1r/3, :nsec) - Time.at(1, 2r/3, :nsec) }
show { Time.at(1600000000, 123456789, :nsec) - Time.at(1600000000) }
show { (u + 1).utc? }
show { (Time.new(2000, 1, 1, 0, 0, 0, "+05:00") + 60).utc_offset }

show { u <=> Time.utc(2000) }
show { u <=> Time.utc(2000, 1, 1, 0, 0, 0, 1) }
show { u <=> Time.utc(1999, 12, 31, 23, 59, 59.5) }
show { u <=> 1 }
show { u == 1 }
show { u < 1 }
show { u == Time.at(946684800.0) }
show { u == Time.at(946684800, in: "+09:00") }
show { u.eql?(Time.at(946684800, in: "+09:00")) }
show { u.eql?(Time.at(946684800.5)) }
show { u.eql?(946684800) }
show { u.hash == Time.at(946684800, in: "+09:00").hash }
show { u.hash == Time.utc(2000).hash }
show { u.between?(Time.utc(1999), Time.utc(2001)) }
show { u.clamp(Time.utc(2001), Time.utc(2002)) }
show { [Time.utc(2002), Time.utc(2000), Time.utc(2001)].sort }
show { [Time.utc(2002), Time.utc(2000), Time.utc(2001)].max }
show { { Time.utc(2000) => :a }[Time.at(946684800)] }
show { [u, u.dup, Time.utc(2000)].uniq.size }

x = Time.utc(2000, 1, 1, 0, 0, 0, 123456.789r)
show { x }
show { x.round }
show { x.round(3) }
show { x.round(6) }
show { x.round(10) }
show { x.floor(2) }
show { x.floor(0) }
show { x.ceil(2) }
show { x.ceil }
show { x.round(nil) }
show { x.round(1.7) }
show { x.round(-1) }
show { x.round("1") }
show { Time.utc(2000, 1, 1, 0, 0, 0.5).round }
show { Time.utc(2000, 1, 1, 0, 0, 1.5).round }
show { Time.utc(1969, 12, 31, 23, 59, 59.5).round }
show { Time.at(-1.5r).utc.round }
show { Time.utc(2000).ceil }
show { Time.at(1, 1r/3, :nsec).utc.round(10) }
show { Time.new(2000, 1, 1, 0, 0, 0.7, "+09:00").round }
show { Time.at(1600000000, 123456789, :nsec).round(3).to_f }
