# A regexp literal alone in a condition matches $_; an integer literal at a flip-flop end
# compares with $. (the input line number), as CRuby 3.1.
$_ = "hello"
p(1) if /ell/
p(2) if !/xyz/
p(3) unless /h/
x = "q"
p(4) if /#{x}/
(1..10).each { |i| $. = i; print i if 3..5 }
puts
(1..10).each { |i| $. = i; print i if (i==2)...(i==2) }
puts
