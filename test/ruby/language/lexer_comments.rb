# a line comment
p 1 # trailing comment
=begin
p :inside_block_comment
this is not code
=end
p 2
  # indented comment
p "# not a comment", '# nor this', "#{3} # interp"
p /#not/.source
x = 4 # comment after code
=begin extra text on the begin line
still a comment
=end trailing text
p x
p __LINE__
