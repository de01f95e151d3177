at_exit { puts "bye #{$!.class}" }
Thread.new { puts "thread" }.join
x = catch(:t) { 10.times { |i| throw :t, i if i == 4 }; :none }
puts x
exit 2
