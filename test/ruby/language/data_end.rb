DATA.each_line do |line|
  name, qty = line.chomp.split(",")
  puts "#{name.ljust(8)}#{qty.rjust(4)}"
end
p DATA.class
__END__
apple,3
banana,12
cherry,100
