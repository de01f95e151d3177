SMALL = [1, 2, 3]
def classify(x)
  case x
  when *SMALL then "small"
  when 4..6, 10 then "mid"
  when ->(n) { n.is_a?(Integer) && n > 100 } then "huge"
  when Integer then "int"
  when /\A\d+\z/ then "digits #{$~[0]}"
  when "exact" then "exact"
  when Array then "array of #{x.size}"
  when Hash, Struct then "container"
  else "unknown"
  end
end
[1, 5, 10, 101, 50, "123", "exact", [1, 2], {}, 1.5].each { |v| puts classify(v) }
x = 5
r = case
    when x < 3 then :low
    when x < 7 then :mid
    else :high
    end
p r
class Even
  def self.===(o) = o.is_a?(Integer) && o.even?
end
case 8 when Even then puts "custom ===" end
case "hello"
when "bye"
  puts "no"
when "hello"
  puts "yes"
  puts "multi statement"
end
