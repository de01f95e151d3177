# Roman numerals both ways, with validation, round-trips and a few arithmetic helpers.
module Roman
  class Error < ArgumentError; end
  TABLE = { 1000 => "M", 900 => "CM", 500 => "D", 400 => "CD", 100 => "C", 90 => "XC",
            50 => "L", 40 => "XL", 10 => "X", 9 => "IX", 5 => "V", 4 => "IV", 1 => "I" }.freeze
  VALUES = { "I" => 1, "V" => 5, "X" => 10, "L" => 50, "C" => 100, "D" => 500, "M" => 1000 }.freeze
  VALID = /\AM{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\z/

  module_function

  def to_roman(n)
    raise Error, "out of range: #{n}" unless (1..3999).cover?(n)
    TABLE.each_with_object(+"") do |(value, letters), out|
      count, n = n.divmod(value)
      out << letters * count
    end
  end

  def from_roman(s)
    s = s.upcase
    raise Error, "invalid numeral: #{s.inspect}" if s.empty? || !VALID.match?(s)
    s.chars.map { |c| VALUES.fetch(c) }.each_cons(2).sum { |a, b| a < b ? -a : a } + VALUES[s[-1]]
  end
end

class Integer
  def to_roman = Roman.to_roman(self)
end
class String
  def from_roman = Roman.from_roman(self)
end

[1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999].each { |n| puts "#{n.to_s.rjust(4)} => #{n.to_roman}" }
%w[iii IV xlii MCMXCIV mmxxiv].each { |s| puts "#{s.ljust(8)} => #{s.from_roman}" }
ok = (1..3999).all? { |n| n.to_roman.from_roman == n }
p ok
p (1..3999).max_by { |n| n.to_roman.length }.then { |n| [n, n.to_roman] }
p (1..100).map { |n| n.to_roman.length }.tally.sort.first(3)
["IIII", "VX", "", "ABC", "MMMM", "IC"].each do |bad|
  bad.from_roman
rescue Roman::Error => e
  puts "#{e.class}: #{e.message}"
end
[0, 4000, -1].each do |bad|
  bad.to_roman
rescue Roman::Error => e
  puts "#{e.class}: #{e.message}"
end
p Roman::Error.ancestors.include?(ArgumentError)
p (%w[X V II].sum(&:from_roman)).to_roman
