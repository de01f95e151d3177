require 'date'
d = DateTime.new(2020, 1, 2, 3, 4, 5)
p d, d.to_s, d.hour, d.min, d.minute, d.sec, d.second, d.offset, d.zone, d.jd, d.day_fraction, d.sec_fraction, d.class.ancestors[0, 3]
e = DateTime.new(2020, 1, 2, 3, 4, 5.5, "+09:00")
p e, e.offset, e.zone, e.to_s, e.iso8601, e.iso8601(3), e.rfc3339, e.strftime("%Y/%m/%d %H:%M:%S %z %Z"), e.sec_fraction
p e.new_offset(0), e.new_offset("-05:00").to_s, (e + 1).to_s, (e + Rational(1, 24)).to_s, (e - d).class, e - d, e < d, e == e.new_offset(0)
p DateTime.parse("2021-03-04T05:06:07+02:00"), DateTime.parse("2021-03-04 05:06"), DateTime.iso8601("2021-03-04T05:06:07Z"), DateTime.strptime("2001-02-03T04:05:06+07:00", "%Y-%m-%dT%H:%M:%S%z")
p e.to_time, e.to_time.utc_offset, e.to_date, d.to_datetime.equal?(d), Date.new(2020, 5, 6).to_datetime, Time.at(0).utc.to_datetime
p DateTime.new(2020, 1, 31, 23, 59, 59) >> 1, DateTime.new(2020, 1, 2, 12).jd, DateTime.new(2020,1,2,12,0,0,"-12:00").jd
p d.httpdate, d.rfc2822, d.asctime, d.year, d.mon, d.mday, d.wday, d.yday, d.hash == DateTime.new(2020, 1, 2, 3, 4, 5).hash
p DateTime.new(2020, 1, 2, 3, 4, 5, Rational(9, 24)).zone, DateTime.new(2001,2,3,4,5,6,'+7').to_s, (DateTime.new(2020,1,1) <=> Date.new(2020,1,1)), Date.new(2020,1,2) - DateTime.new(2020,1,1,12)
