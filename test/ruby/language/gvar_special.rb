p $0
p $PROGRAM_NAME == $0
p __FILE__
p File.basename(__FILE__) rescue p :nofile
"abc def" =~ /(\w+) (\w+)/
p $~.class, $1, $2, $&
p $stdout == STDOUT
p $, .nil?
p $/ 
"x" =~ /y/
p $~, $1
p $; .nil?
$my_global = [1]
def read_global = $my_global
$my_global << 2
p read_global
p global_variables.include?(:$my_global)
p defined?($my_global), defined?($not_set)
