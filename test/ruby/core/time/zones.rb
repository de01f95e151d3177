# Zone modes: UTC, fixed offsets (in:, Time.new's zone, localtime/getlocal with an
# offset), the offset strings CRuby accepts, and the in-place conversions.
def show
  r = yield
  p r
rescue => e
  puts "#{e.class}: #{e.message}"
end

%w[+09 +0930 +09:30 +093015 +09:30:15 +09:3015 +0930:15 +9 -0 +00 -00 -0000 -00:00
   +24 +23:60 +23:59:60 +2359 +12:00:00 -12:00 UTC utc Utc Z z A I J K M N Y a
   +09:30:1 +09:30: 09:00 junk].each do |z|
  show { [z, Time.at(0, in: z), Time.at(0, in: z).utc?, Time.at(0, in: z).utc_offset] }
end
show { Time.at(0, in: 86399) }
show { Time.at(0, in: -86399) }
show { Time.at(0, in: 86400) }
show { Time.at(0, in: -86400) }
show { Time.at(0, in: Object.new) }
show { Time.at(0, in: :UTC) }
show { Time.at(0, in: nil).utc? }

y = Time.new(2000, 1, 1, 9, 0, 0, "+09:00")
show { [y.zone, y.utc_offset, y.utc?, y.dst?, y.to_s, y.inspect] }
show { y.getutc }
show { y.getgm.utc? }
show { y.getutc.equal?(y) }
show { y.getlocal("-02:00") }
show { y.getlocal("-02:00").utc_offset }
show { y.getlocal(-7200) }
show { y.getlocal("Z").utc? }
show { y }
show { y.utc.equal?(y) }
show { y }
show { y.utc? }
show { y.gmtime.equal?(y) }
show { y.localtime("+01:00").equal?(y) }
show { y }
show { y.localtime("UTC") }
show { y.utc? }
show { y.localtime("bogus") }
show { y.localtime("+25:00") }
show { Time.utc(2000).getlocal(3600) }
show { Time.utc(2000).getlocal(3600).zone }
show { Time.now(in: "+09:00").utc_offset }
show { Time.now(in: "UTC").utc? }
show { Time.now(in: "-00:00").zone }
show { Time.new(in: "+09:00").utc_offset }
show { Time.new(in: "bogus") }

puts "-- frozen"
show { Time.utc(2000).frozen? }
show { Time.utc(2000).freeze.utc }
show { Time.utc(2000).freeze.localtime("+01:00") }
show { Time.new(2000, 1, 1, 0, 0, 0, "+01:00").freeze.utc }
show { Time.new(2000, 1, 1, 0, 0, 0, "+01:00").freeze.getutc }
show { Time.utc(2000).freeze.getlocal("+01:00").frozen? }

puts "-- inspect and to_s"
show { Time.new(2000, 1, 1, 0, 0, 0, "-00:30").inspect }
show { Time.new(2000, 1, 1, 0, 0, 0, "+05:30:15").inspect }
show { Time.new(2000, 1, 1, 0, 0, 0, "+05:30:15").to_s }
show { Time.new(2000, 1, 1, 0, 0, 0, "-10:00").to_s }
show { Time.utc(2000, 1, 1, 0, 0, 0.25).to_s }
show { Time.utc(2000, 1, 1, 0, 0, 0.25).inspect }
show { Time.new(2000, 1, 1, 0, 0, 0.25, "+01:00").inspect }
show { Time.at(0, 10, :nsec).utc.inspect }
show { Time.at(0, 1r/3, :nsec).utc.inspect }
show { Time.at(1, 5r/3, :nsec).utc.inspect }
show { Time.at(1.1).utc.inspect }
show { Time.at(1.1, in: "+01:00").inspect }
show { Time.utc(2000).ctime }
show { Time.utc(2000, 1, 11, 13, 5, 9).asctime }
puts Time.utc(2000, 1, 2, 3, 4, 5)
puts Time.new(2000, 1, 2, 3, 4, 5, "+01:00")
puts "#{Time.utc(1999, 12, 31, 23, 59, 59)}"
