require 'date'
d = Date.new(2024, 1, 31)
p d >> 1, d << 1, d + 1, d.cwday, d.yday, d.cweek, d.leap?, d.mjd, d.jd, d.ajd rescue p $!
p Date.valid_date?(2023, 2, 29), Date.strptime("03/04/2020", "%m/%d/%Y"), Date.parse("Jan 5 2021"), Date.iso8601("2021-02-03") rescue p $!
p (Date.new(2020,1,1)..Date.new(2020,1,5)).map(&:day), Date.new(2020,1,1).step(Date.new(2020,1,10), 3).map(&:to_s) rescue p $!
p d.to_time.class, Time.now.to_date.class, d.upto(d + 2).to_a.size
p d.inspect, d.httpdate, d.iso8601, d.rfc3339, d.saturday?
p Date::ABBR_DAYNAMES, Date::MONTHNAMES[1], Date.gregorian_leap?(1900) rescue p $!
