p "ab".center(6), "ab".center(7), "ab".center(7, "*"), "ab".center(1)
p "ab".ljust(5, "-"), "ab".rjust(5, "-"), "ab".ljust(5, "xy"), "ab".rjust(6, "xy")
p "long string".ljust(3)
p "é".center(5, "*")
rows = [["Name", "Score"], ["Alice", "93"], ["Bob", "7"]]
rows.each { |n, s| puts "|#{n.ljust(8)}|#{s.rjust(6)}|" }
puts "Title".center(20, "=")
begin
  "x".center(5, "")
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
