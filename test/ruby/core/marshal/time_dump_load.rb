# Marshal of Time: the packed fields, nanoseconds, offset and zone ivars CRuby writes, and back.
[Time.utc(2024,1,1,0,0,0.5), Time.at(1700000000, 123456789, :nsec).utc, Time.new(2024, 1, 1, 0, 0, 0, "+09:00"),
 Time.utc(2024,1,1), Time.at(0, Rational(1, 3), :nsec).utc, Time.utc(1800, 5, 6, 7, 8, 9), Time.at(1700000000, 120, :nsec).utc,
 Time.at(1700000000, 100, :nsec).utc].each do |t|
  d = Marshal.dump(t)
  u = Marshal.load(d)
  p d, u, u == t, u.utc?, u.utc_offset, u.nsec, u.subsec
end
p Marshal.load("\x04\bIu:\tTime\r\xEF\xEF\x1E\x80\x00\x00\x00\x00\a:\tzone0:\voffseti\x02\x90~".b), Marshal.load(Marshal.dump(Time.utc(70000, 1, 1))), Marshal.dump(Time.utc(70000,1,1))
