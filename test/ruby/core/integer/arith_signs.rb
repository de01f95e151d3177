[[7, 2], [-7, 2], [7, -2], [-7, -2]].each do |a, b|
  puts "#{a} #{b}: / #{a / b}  % #{a % b}  divmod #{a.divmod(b)}  remainder #{a.remainder(b)}  fdiv #{a.fdiv(b)}  div #{a.div(b)}  modulo #{a.modulo(b)}"
end
p 2**10, 2**0, 0**5, (-2)**3, (-2)**2, 2**-2
p 10.pow(3), 10.pow(3, 7)
p -5.abs, 5.abs, -5.magnitude
p 1 + -1, 3 - -3, -3 * -3
