$log = []
def t(x)
  $log << x
  x
end
def m(*args, **kw) = [args, kw]
m(t(1), t(2), k: t(3), j: t(4))
p $log
$log.clear
a = [t(:a), t(:b)][t(1)]
p a, $log
$log.clear
h = { t(:k1) => t(:v1), t(:k2) => t(:v2) }
p $log
$log.clear
x, y = t(:x), t(:y)
p $log
$log.clear
t(1) + t(2) * t(3)
p $log
$log.clear
t(false) && t(:never)
t(nil) || t(:then)
p $log
$log.clear
"#{t(:i1)}-#{t(:i2)}"
p $log
$log.clear
obj = Struct.new(:v).new
obj.v = t(:assign)
arr = []
arr[t(0)] = t(:val)
p $log, arr
