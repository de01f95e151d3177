# Date._parse on many shapes (the Hash, its key order, zones and their offsets) and
# Date.parse / Time.parse / DateTime.parse completing what the text leaves out.
require 'date'
require 'time'
ENV['TZ'] = 'UTC'
inputs = ["2020-01-02", "Jan 2 2020", "2 January 2020", "20200102", "2020/1/2", "Thu, 02 Jan 2020", "12/25/2020", "25.12.2020", "2020-W01-1", "2020-100", "H31.04.30", "sat", "Sat Aug 28 02:55:50 +09:00 1999", "1999-08-28T02:55:50+09:00", "10:00 pm", "3pm", "10h30m", "Jan", "3rd", "'99", "99-1-2", "1/2", "1/2/3", "1.2.3", "020102", "20200102T030405", "20200102T030405.123Z", "T030405", "030405.5", "2020-01-02 10:00:00 JST", "2020-01-02 10:00 EST", "10:00 Eastern Standard Time", "10:00 GMT+9", "10:00 UTC-5:30", "10:00 +0530", "10:00 -5", "2nd Jan 2020 BC", "Jan 2 2020 b.c.", "02-Jan-2020", "Jan-02-2020", "2 Jan", "Jan 2nd, 2020 10:00am", "Tuesday, May 3, 2011 5:00 PM", "2011-05-03 17:00:00.123456 +0200", "16:30", "x", "", "2020", "12", "5 o'clock", "--12-25", "--1225", "-w-3", "w12", "2020-w12-3", "Wed, 02 Oct 2002 08:00:00 EST", "2002-10-02T08:00:00Z", "19990828", "990828", "1999-240", "99240", "1999240", "[-5:EST]", "20200102[+9:JST]", "Sun Nov  6 08:49:37 1994", "Sunday, 06-Nov-94 08:49:37 GMT", "Nov 6, 1994", "6 Nov 94", "Monday 12:00", "noon", "12:00:00.5", "12,5", "2020-1-2 3:4:5", "2020-01-02T03:04:05.123456789-07:00"]
# Dates completed from today print only as such (the test must not depend on the day).
def shown(h, x)
  return x.inspect unless x.is_a?(Date)
  return x.to_s if h.is_a?(Hash) && (h.key?(:year) || h.key?(:cwyear))
  x.is_a?(DateTime) ? "(today-based)T#{x.strftime('%H:%M:%S%:z')}" : "(today-based #{x.class})"
end

inputs.each do |s|
  h = Date._parse(s) rescue h = $!.class
  d = (Date.parse(s) rescue $!.class)
  t = (Time.parse(s, Time.utc(2000, 6, 15, 1, 2, 3)) rescue $!.class)
  dt = (DateTime.parse(s) rescue $!.class)
  puts "#{s.inspect}: #{h.inspect}"
  puts "   date=#{shown(h, d)} time=#{t.inspect} dt=#{shown(h, dt)}"
end
p Date._parse("2020-01-02", false)
p Date._parse("99-01-02", false)
p Time.zone_offset("EST"), Time.zone_offset("+05:30"), Time.zone_offset("JST"), Time.zone_offset("-07")
