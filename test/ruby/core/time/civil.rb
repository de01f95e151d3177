# Time.utc/gm/new with calendar components: conversions, carrying, validation errors,
# and the fields they give back (UTC and fixed offsets only).
def show
  r = yield
  p r
rescue => e
  puts "#{e.class}: #{e.message}"
end

show { Time.utc(2000) }
show { Time.gm(2000, 2, 3, 4, 5, 6) }
show { Time.utc(2000, 1, 2, 3, 4, 5.5) }
show { Time.utc(2000, 1, 1, 0, 0, Rational(13, 2)) }
show { Time.utc(2000, 1, 1, 0, 0, 6, 500) }
show { Time.utc(2000, 1, 1, 0, 0, 6, 500.5) }
show { Time.utc(2000, 1, 1, 0, 0, 6, "500") }
show { Time.utc(2000, 1, 1, 0, 0, 0.5, 1) }
show { Time.utc(2000, 1, 1, 0, 0, 0, 0, 0) }
show { Time.utc(5, 4, 3, 2, 1, 2000, nil, nil, false, nil) }
show { Time.utc(5, 4, 3, 2, 1, 2000, 1, 1, true, "EST") }
show { Time.utc(2000, "jan", 2) }
show { Time.utc(2000, "Feb") }
show { Time.utc(2000, "DEC") }
show { Time.utc(2000, "12") }
show { Time.utc(2000, "feb", "3", "4", "5", "6") }
show { Time.utc("2000") }
show { Time.utc(2000.5) }
show { Time.utc(1.9, 1.9, 1.9) }
show { Time.utc(2000, 1.5) }
show { Time.utc(2000, nil, nil) }
show { Time.utc(2000, 1, 1, 1.9) }
show { Time.utc(2000, 2, 29) }
show { Time.utc(2000, 2, 30) }
show { Time.utc(2000, 2, 31) }
show { Time.utc(1900, 2, 29) }
show { Time.utc(2100, 2, 29) }
show { Time.utc(2000, 4, 31) }
show { Time.utc(2000, 1, 1, 24) }
show { Time.utc(2000, 12, 31, 24) }
show { Time.utc(2000, 1, 1, 0, 0, 60) }
show { Time.utc(1, 1, 1) }
show { Time.utc(-1) }
show { Time.utc(-100, 3, 1) }
show { Time.utc(-100, 3, 1).to_i }
show { Time.utc(99999) }
show { Time.utc(1969, 12, 31, 23, 59, 59).to_i }

puts "-- errors"
show { Time.utc }
show { Time.utc(1, 2, 3, 4, 5, 6, 7, 8, 9) }
show { Time.utc(nil) }
show { Time.utc(Object.new) }
show { Time.utc(2000, 0) }
show { Time.utc(2000, 13) }
show { Time.utc(2000, 16) }
show { Time.utc(2000, "13") }
show { Time.utc(2000, "") }
show { Time.utc(2000, :jan) }
show { Time.utc(2000, 1, 0) }
show { Time.utc(2000, 1, 32) }
show { Time.utc(2000, 1, "3x") }
show { Time.utc(2000, 1, 1, -1) }
show { Time.utc(2000, 1, 1, 25) }
show { Time.utc(2000, 1, 1, 24, 1) }
show { Time.utc(2000, 1, 1, 0, 60) }
show { Time.utc(2000, 1, 1, 0, 0, 61) }
show { Time.utc(2000, 1, 1, 0, 0, -1) }
show { Time.utc(2000, 1, 1, 0, 0, "6.5") }
show { Time.utc(2000, 1, 1, 0, 0, 0, 1_000_000) }
show { Time.utc(2000, 1, 1, 0, 0, 0, -1) }
show { Time.new(2000, 1, 1, 0, 0, 0, "+09:00", "x") }
show { Time.new(nil) }

puts "-- Time.new with an offset"
show { Time.new(2000, 1, 2, 3, 4, 5, "+05:30") }
show { Time.new(2000, 1, 1, 0, 0, 0, 3600) }
show { Time.new(2000, 1, 1, 0, 0, 0, "UTC") }
show { Time.new(2000, 1, 1, 0, 0, 0, "Z") }
show { Time.new(2000, 1, 1, 0, 0, 0, "-00:00").utc? }
show { Time.new(2000, 1, 1, 0, 0, 0, "+00:00").utc? }
show { Time.new(2000, 1, 1, 0, 0, 0, in: "+01:00") }
show { Time.new(2000, in: "+03:00") }
show { Time.new(2000, 2, 31, 0, 0, 0, "+03:00") }
show { Time.new(2000, 1, 1, 0, 0, 0, "+01:00", in: "+01:00") }
show { Time.new(2000, 1, 1, 0, 0, 0, "EST") }
show { Time.new(2000, 1, 1, 0, 0, 0, "+24:00") }
show { Time.new(2000, 1, 1, 9, 0, 0, "+09:00").to_i }
show { Time.new(2000, 1, 1, 9, 0, 0, "+09:00") == Time.utc(2000) }

puts "-- fields"
x = Time.utc(2000, 1, 1, 0, 0, 0, 123456.789r)
show { [x.year, x.month, x.mon, x.day, x.mday, x.hour, x.min, x.sec, x.wday, x.yday] }
show { [x.sunday?, x.monday?, x.tuesday?, x.wednesday?, x.thursday?, x.friday?, x.saturday?] }
show { [x.zone, x.utc_offset, x.gmt_offset, x.gmtoff, x.utc?, x.gmt?, x.dst?, x.isdst] }
show { x.to_a }
show { Time.at(-1).utc.to_a }
show { Time.at(1.5, in: "+09:00").to_a }
show { Time.utc(1600, 12, 31).yday }
show { Time.utc(2001, 12, 31).yday }
show { Time.utc(-100, 3, 1).wday }
f = Time.new(2004, 2, 29, 23, 59, 59, "-08:00")
show { [f.year, f.mon, f.day, f.hour, f.min, f.sec, f.wday, f.yday, f.zone, f.utc_offset, f.dst?] }
show { (0..6).map { |d| Time.utc(2023, 1, 1 + d).strftime("%a") + [:sunday?, :monday?, :tuesday?, :wednesday?, :thursday?, :friday?, :saturday?].map { |m| Time.utc(2023, 1, 1 + d).send(m) ? "1" : "0" }.join } }
show { (1..12).map { |m| Time.utc(2024, m, 15).yday } }
show { [1, 100, 1582, 1900, 1970, 2000, 2038, 2100, 2400, 9999].map { |y| Time.utc(y, 3, 1).wday } }
