café = "unicode local"
p café
π = 3.14159
p π.round(2)
_under = 1
__double = 2
p _under + __double
camelCase = :camel
p camelCase
def método(x) = x * 2
p método(21)
Ünïcode = :constant
p Ünïcode
var1 = 1; var_2 = 2; v3ar = 3
p var1 + var_2 + v3ar
p defined?(café), defined?(Ünïcode)
def ends_with_q? = true
def ends_with_bang! = :bang
p ends_with_q?, ends_with_bang!
