# format: named references do not mix with unnumbered or numbered ones; %f parses strings
# as Float() does; %#o does not double a leading zero.
['"%s %<a>s" % ["x"]', '"%1$s %<a>s" % [{a:1}]', '"%<a>s %1$s" % [{a:1}]',
 '"%s %{a}" % [{a:1}]', '"%<a>s %*d" % [{a:1}]', '"%{a}" % {}', '"%<a>s" % {}',
 '"%f" % "1.5"', '"%f" % "x"', '"%.1f" % "0x10"', '"%#.3o" % 8', '"%#5.3o" % 8',
 '"%#o" % 8', '"%#.3o" % 0', '"%#.1o" % 8'].each do |f|
  puts "#{f} => #{eval(f).inspect}"
rescue ArgumentError, KeyError => e
  puts "#{f} => #{e.class}: #{e.message}"
end
