a = 1; b = 2; p a + b
def one = 1; p one
class K; def m = :m; end; p K.new.m
if true then p :then end
while false do end; p :after_while
x = if false then 1 else 2 end; p x
begin; raise "x"; rescue; p :rescued; end
[1, 2].each { |i| print i; print "," }; puts
p((1; 2; 3))
;;; p :semicolons_ok
