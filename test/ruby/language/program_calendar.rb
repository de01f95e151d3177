# A month calendar printer with leap years and Zeller's congruence (no Time class).
MONTHS = %w[January February March April May June July August September October November December].freeze

def leap?(y) = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0

def days_in(y, m)
  return 29 if m == 2 && leap?(y)
  [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
end

# 0 = Sunday .. 6 = Saturday
def weekday(y, m, d)
  if m < 3
    m += 12
    y -= 1
  end
  k = y % 100
  j = y / 100
  h = (d + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7
  (h + 6) % 7
end

def calendar(y, m)
  lines = ["#{MONTHS[m - 1]} #{y}".center(20), "Su Mo Tu We Th Fr Sa"]
  cells = Array.new(weekday(y, m, 1), "  ") + (1..days_in(y, m)).map { |d| d.to_s.rjust(2) }
  cells.each_slice(7) { |week| lines << week.join(" ") }
  lines
end

puts calendar(2024, 2)
puts
puts calendar(2023, 10)
p [1900, 2000, 2023, 2024, 2100].map { |y| leap?(y) }
names = %w[Sunday Monday Tuesday Wednesday Thursday Friday Saturday]
p [[1970, 1, 1], [2000, 1, 1], [2024, 7, 4], [1969, 7, 20]].map { |y, m, d| names[weekday(y, m, d)] }
fridays13 = (1..12).select { |m| weekday(2026, m, 13) == 5 }.map { |m| MONTHS[m - 1] }
p fridays13
def day_of_year(y, m, d) = (1...m).sum { |mm| days_in(y, mm) } + d
p day_of_year(2024, 12, 31), day_of_year(2023, 3, 1)
