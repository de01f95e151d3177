EVENS = [0, 2, 4]
ODDS = [1, 3, 5]
big = ->(n) { n > 100 }
def classify(n, big)
  case n
  when *EVENS then "small even"
  when *ODDS, 7 then "small odd"
  when big then "big"
  when 8..100 then "medium"
  else "negative"
  end
end
p [0, 3, 7, 50, 500, -1].map { |n| classify(n, big) }
case "hello.rb"
when /\.py\z/ then p :python
when /\.rb\z/ then p :ruby
end
case [1, 2]
when Array then p :array
end
t = case 5 when Integer, Float then :num end
p t
