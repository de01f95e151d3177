x = 1
@iv = 2
$gv = 3
class K; @@cv = 1; def self.cv? = defined?(@@cv); end
p defined?(x)
p defined?(y)
p defined?(@iv)
p defined?(@nope)
p defined?($gv)
p defined?($nope)
p defined?(String)
p defined?(Nope)
p defined?(puts)
p defined?(x = 5)
p defined?(1 + 1)
p defined?(nil)
p defined?(self)
p defined?(true)
p defined?(yield)
p defined?(super)
p defined?(String.new)
p defined?(String.zork)
p K.cv?
p defined?(@@nothing) rescue p :err
def blk = defined?(yield)
p blk
p blk {}
p x
