# String#succ carries across punctuation only into the same kind of character.
%w[a-9 1.9 a9 Az-9 zz a.z 9-z z-9 Zz 1-z-9 <<koala>> 1.9.9 ** a-Z].each do |s|
  puts "#{s.inspect}.succ => #{s.succ.inspect}"
end
