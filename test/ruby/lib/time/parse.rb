require 'time'
now = Time.utc(2021, 6, 15, 12, 0, 0)
["2020-01-02 03:04:05", "2020-01-02T03:04:05Z", "2020-01-02T03:04:05.123+09:00", "2020-01-02 03:04:05 +0900", "Jan 2 2020", "2 January 2020 10:00", "2020/01/02", "01/02/2020", "12:30", "Thu, 02 Jan 2020 03:04:05 +0000", "2020-01-02", "January 5, 2021 3:45 PM", "2020-01-02 03:04:05 UTC", "2020-01-02 03:04:05 EST", "Sat Jan  4 10:11:12 2020", "20200102T030405Z", "10am", "2020-13-45"].each do |s|
  begin
    t = Time.parse(s, now)
    p [s, t, t.utc_offset]
  rescue ArgumentError => e
    p [s, e.message]
  end
end
begin; Time.parse("nothing here"); rescue => e; p e.message; end
p Time.iso8601("2020-01-02T03:04:05Z"), Time.iso8601("2020-01-02T03:04:05.5+01:00")
begin; Time.iso8601("2020-01-02 03:04"); rescue => e; p e.class, e.message; end
t = Time.utc(2020, 1, 2, 3, 4, 5, 123456)
p t.iso8601, t.iso8601(3), t.xmlschema(6), t.rfc2822, t.httpdate, t.localtime("+09:00").iso8601
p Time.new(2020,1,2,3,4,5,"+05:30").iso8601, Time.new(2020,1,2,3,4,5,"-08:00").rfc2822
p Time.strptime("2020-01-02 03:04:05", "%Y-%m-%d %H:%M:%S")
p Time.strptime("02/Jan/2020:03:04:05 +0100", "%d/%b/%Y:%H:%M:%S %z")
p Time.strptime("1577934245", "%s").utc
begin; Time.strptime("x", "%Y"); rescue => e; p e.class, e.message; end
p Time.rfc2822("Thu, 02 Jan 2020 03:04:05 +0000"), Time.httpdate("Thu, 02 Jan 2020 03:04:05 GMT")
