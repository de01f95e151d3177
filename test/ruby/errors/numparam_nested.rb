# Numbered parameters in two blocks of one nesting are a syntax error (it crashed).
["proc { _1; proc { _2 } }", "proc { proc { _2 }; _1 }", "proc { _1; proc { _1 } }",
 "proc { proc { proc { _1 } }; _3 }"].each do |src|
  begin
    eval(src)
    puts "accepted: #{src}"
  rescue SyntaxError => e
    puts "#{e.class}: #{e.message.include?('numbered parameter is already used')}"
  end
end
p [[1, 2]].map { _1 + _2 }, [1].map { [2].map { |x| x + 1 } + [_1] }, proc { [_1, proc { |y| y }.(2)] }.(3)
