require 'date'

d = Date.new(2020, 2, 28)
p d, d.to_s, d.year, d.mon, d.month, d.day, d.mday, d.wday, d.yday, d.jd, d.mjd, d.leap?
p d + 1, d + 2, d - 1, d >> 1, d << 2, d >> 12, Date.new(2020, 1, 31) >> 1
p d.next_day, d.prev_day(3), d.next_month, d.prev_month, d.next_year, d.prev_year
p Date.new(2020, 3, 1) - d, (Date.new(2021, 1, 1) - Date.new(2020, 1, 1)).to_i
p d < Date.new(2020, 3, 1), d == Date.new(2020, 2, 28), d <=> Date.new(2019, 1, 1), d.eql?(Date.new(2020, 2, 28))
p Date.new(2020, -1, -1), Date.new(2021), Date.new
p Date.valid_date?(2021, 2, 29), Date.valid_date?(2020, 2, 29), Date.leap?(1900), Date.leap?(2000), Date.gregorian_leap?(2024)
begin
  Date.new(2021, 2, 29)
rescue Date::Error => e
  p e.class, e.message, e.is_a?(ArgumentError)
end
p d.strftime("%Y/%m/%d %a %A %b %B %j %U %u %w %e %-m %y %%")
p d.strftime, d.iso8601, d.inspect
p Date.parse("2021-03-04"), Date.parse("March 5, 2019"), Date.parse("5 Jan 2018"), Date.parse("2020/12/25")
p Date.strptime("03/04/2021", "%m/%d/%Y"), Date.strptime("2021-090", "%Y-%j"), Date.strptime("2021-03-04")
begin
  Date.parse("garbage")
rescue Date::Error => e
  p e.message
end
p (Date.new(2020, 1, 1)..Date.new(2020, 1, 5)).map(&:day), (Date.new(2020, 1, 1)...Date.new(2020, 1, 3)).to_a.size
p Date.new(2020, 1, 1).step(Date.new(2020, 1, 10), 3).map(&:to_s)
p Date.new(2020, 1, 3).downto(Date.new(2020, 1, 1)).map(&:day)
p Date.new(2021, 1, 1).cwday, Date.new(2021, 1, 1).cweek, Date.new(2021, 1, 1).cwyear, Date.new(2020, 12, 31).cweek, Date.new(2024, 12, 30).cwyear
p Date.new(2020, 5, 17).sunday?, Date.new(2020, 5, 17).monday?
p Date::MONTHNAMES[1], Date::ABBR_DAYNAMES, Date::DAYNAMES[d.wday]
p Date.jd(2459000), Date.ordinal(2020, 60), Date.commercial(2020, 1, 1)
p [Date.new(2020, 3, 1), Date.new(2019, 1, 1), Date.new(2020, 1, 1)].sort.map(&:to_s), [d, d].uniq.size
h = { Date.new(2020, 1, 1) => :a }
p h[Date.new(2020, 1, 1)]
p Date.today.is_a?(Date), Date.today == Date.today
p Time.utc(2020, 5, 6, 7, 8, 9).to_date, Date.new(2020, 5, 6).to_time.class
