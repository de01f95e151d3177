# Time#strftime: every directive, with CRuby's flags (- _ 0 ^ #), widths, the colon
# forms of %z, %N/%L digits, composite directives, and bad or unknown directives.
u = Time.utc(2004, 2, 9, 13, 5, 7, 123456.789r)
f = Time.new(2004, 2, 9, 3, 5, 7, "-05:30")
z = Time.new(2004, 2, 9, 3, 5, 7, "+00:00")
%w[%Y %C %y %m %B %b %h %d %e %j %H %k %I %l %P %p %M %S %L %N %3N %6N %9N %12N %z %:z
   %::z %:::z %Z %A %a %u %w %G %g %V %U %W %s %n %t %% %c %D %F %v %x %X %r %R %T %+ %Q
   %E %Ey %EY %Ec %Od %OH %Oz %-d %-m %_m %05d %-y %^B %#B %^a %#a %#A %^b %#p %#P %^P
   %^p %10A %-10A %010A %_10A %^10a %_10z %010z %-z %_z %3z %8z %-:z %10:z %_10::z %^Z
   %#Z %10Z %-H%-M %_H %0e %-e %^c %20c %-20c %30c %_30c %030c %^F %12F %3% %-5N %_5N
   %10L %1N %0N %| %5-d %-_d %_-d %0_d %_0d %5n %-j %_j %3Y %6Y %_6Y %-6Y %-S %-I %-l
   %U%W%V %10s %-s %_12s %:d %:: %::::z %:::::z %4:::z %5:::z %_5:::z %8:::z %-:::z
   %-::z %^v %30v %6u %4w].each do |fmt|
  puts "#{fmt.ljust(8)} #{u.strftime(fmt).inspect} #{f.strftime(fmt).inspect} #{z.strftime(fmt).inspect}"
end

offsets = %w[+00:00 +09:00 -00:30 -05:30 +12:34:56 -10:00:05 +00:00:30]
%w[%z %-z %_z %6z %-6z %_6z %06z %:z %-:z %_:z %8:z %_8:z %::z %_::z %10::z %:::z
   %-:::z %_:::z %5:::z %8:::z].each do |fmt|
  row = offsets.map { |o| Time.new(2000, 1, 1, 0, 0, 0, o).strftime(fmt).inspect }
  puts "#{fmt.ljust(8)} #{Time.utc(2000).strftime(fmt).inspect} #{row.join(' ')}"
end

def show
  r = yield
  p r
rescue => e
  puts "#{e.class}: #{e.message}"
end

show { Time.utc(5).strftime("%Y %C %y %G %g") }
show { Time.utc(-5).strftime("%Y %C %y %G %010Y %-Y %_8Y") }
show { Time.utc(12345).strftime("%Y %C %y") }
show { Time.utc(2000, 1, 1, 0).strftime("%I %l %p %r") }
show { Time.utc(2000, 1, 1, 12).strftime("%I %l %p %r") }
show { Time.utc(2000, 1, 1, 23).strftime("%I %l %p %P") }
show { Time.at(-5.5).utc.strftime("%s %N %L %3N") }
show { Time.at(1, 1r/3, :nsec).strftime("%N %12N %-12N %3N %L") }
show { Time.at(0, 999999999, :nsec).utc.strftime("%L %1N %N %15N") }
show { Time.utc(2000).strftime("") }
show { Time.utc(2000).strftime("plain text") }
show { Time.utc(2000).strftime("%") }
show { Time.utc(2000).strftime("a%") }
show { Time.utc(2000).strftime("%-") }
show { Time.utc(2000).strftime("%10") }
show { Time.utc(2000).strftime("%E") }
show { Time.utc(2000).strftime("%:") }
show { Time.utc(2000).strftime("%%%") }
show { Time.utc(2000).strftime(nil) }
show { Time.utc(2000).strftime(:a) }
show { Time.utc(2000).strftime("é %Y ü") }
show { Time.utc(2000).strftime("%Y" * 3) }
fmt = Object.new
def fmt.to_str = "%F"
show { Time.utc(2000).strftime(fmt) }

puts "-- week numbers"
[[2005, 1, 1], [2005, 1, 2], [2005, 1, 3], [2008, 12, 29], [2008, 12, 31], [2010, 1, 3],
 [2009, 12, 31], [2004, 12, 31], [2000, 1, 1], [2001, 1, 1], [2012, 12, 31], [2016, 1, 3],
 [2020, 12, 31], [2021, 1, 3], [2027, 1, 1], [1999, 12, 31]].each do |y, m, d|
  puts Time.utc(y, m, d).strftime("%F %a %U %W %V %G %g %j %u %w")
end
