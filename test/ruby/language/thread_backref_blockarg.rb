# $~ of a thread's blocks: a block nested in the thread's block shares it, the creating
# scope keeps its own (Thread.new itself must not change it). A define_method body's
# |&blk| gets the block of the call, never the block of the method that defined it.
"abc" =~ /(b)/
Thread.new { p [$1, $~] }.join
p $1
Thread.new { "xyz" =~ /(y)/; [1].each { p $1; [2].each { p $~[0] } } }.join
p $1
t = Thread.new { [1].map { "q" =~ /(q)/ }; $1 }
p t.value, $1
pr = proc { "k" =~ /k/; [1].each { p $~ } }
pr.call
p $~

class C
  define_method(:a) { |&blk| blk ? blk.call : :none }
  def mk; self.class.define_method(:b) { |&blk| blk ? blk.call : :none }; end
  def mk2; self.class.define_method(:c) { |x, &blk| [x, blk&.call, block_given?] }; end
end
c = C.new
p c.a, c.a { 1 }
c.mk { :outer }
p c.b, c.b { :inner }
c.mk2 { :outer }
p c.c(1), c.c(2) { :inner }
pr = proc { |&b| b&.call }
p pr.call, pr.call { 5 }
def m2; pr = proc { |&b| b&.call }; pr.call; end
p m2 { :mblock }
def m3; pr = proc { |&b| [b&.call, yield] }; pr.call { :given }; end
p m3 { :method_block }
