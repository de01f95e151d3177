# Time.parse/strptime/iso8601/rfc2822/httpdate (three forms) and the instance forms.
require 'time'
ENV['TZ'] = 'UTC'
def t(label)
  r = yield
  puts "#{label}: #{r.inspect}"
rescue Exception => e
  puts "#{label}: #{e.class}: #{e.message[0,200]}"
end
["2020-01-02 03:04:05", "2020-01-02T03:04:05Z", "2020-01-02T03:04:05+09:00", "Jan 2 2020", "2 Jan 2020 10:00", "Thu, 02 Jan 2020 03:04:05 GMT", "10:30", "2020/01/02", "20200102T030405", "Jan 2", "garbage", "", "2020-01-02 03:04:05.123456 -0500", "12/25/2020", "2020-13-45", "noon", "3pm", "Tue Jan  2 03:04:05 2020", "2020-01-02T03:04:05.5Z"].each do |s|
  t("parse #{s}") { Time.parse(s, Time.utc(2000, 6, 15)) }
end
t(:strptime) { Time.strptime("2020-01-02 03:04:05 +0100", "%Y-%m-%d %H:%M:%S %z") }
t(:strptime2) { Time.strptime("02/Jan/2020:03:04:05 -0700", "%d/%b/%Y:%H:%M:%S %z") }
t(:strptime3) { Time.strptime("1577934245", "%s") }
t(:strptime4) { Time.strptime("xx", "%Y") }
t(:strptime5) { Time.strptime("2020 100", "%Y %j") }
t(:iso) { Time.iso8601("2020-01-02T03:04:05Z") }
t(:iso2) { Time.iso8601("2020-01-02T03:04:05.123+02:00") }
t(:iso3) { Time.iso8601("2020-01-02") }
t(:xmlschema) { Time.xmlschema("2020-01-02T03:04:05-05:00") }
t(:rfc2822) { Time.rfc2822("Thu, 02 Jan 2020 03:04:05 +0000") }
t(:rfc2822b) { Time.rfc2822("bad") }
t(:httpdate) { Time.httpdate("Thu, 02 Jan 2020 03:04:05 GMT") }
t(:httpdate2) { Time.httpdate("Thursday, 02-Jan-20 03:04:05 GMT") }
tm = Time.utc(2020, 1, 2, 3, 4, 5, 123456)
t(:iso8601o) { tm.iso8601 }
t(:iso8601o3) { tm.iso8601(3) }
t(:xmlschemao) { tm.xmlschema(6) }
t(:rfc2822o) { tm.rfc2822 }
t(:httpdateo) { tm.httpdate }
tl = Time.new(2020, 1, 2, 3, 4, 5, "+05:30")
t(:iso_off) { tl.iso8601 }
t(:rfc_off) { tl.rfc2822 }
t(:http_off) { tl.httpdate }
t(:to_date) { require 'date'; tm.to_date }
t(:to_datetime) { tm.to_datetime }
t(:zone_offset) { Time.zone_offset("EST") }
t(:parse_now) { Time.parse("10:00", Time.utc(2001,2,3)).day }
t(:strftime) { tm.strftime("%Y-%m-%d %H:%M:%S.%L %z %Z %a %A %b %B %j %U %W %u %w %y %C %e %-d %^a %10A %I %p %P %s %N %3N %% %c %x %X %D %F %T %R %r %v %G %V %h %n%t|") }
t(:httpdate3) { Time.httpdate("Sun Nov  6 08:49:37 1994") }
t(:httpdate4) { Time.httpdate("Sunday, 06-Nov-94 08:49:37 GMT") }
t(:httpdate5) { Time.httpdate("Sunday, 06-Nov-14 08:49:37 GMT") }
