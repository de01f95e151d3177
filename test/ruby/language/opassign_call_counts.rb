class Store
  attr_reader :log
  def initialize = (@h = { a: nil, b: 1 }; @log = [])
  def [](k)
    @log << "get #{k}"
    @h[k]
  end
  def []=(k, v)
    @log << "set #{k}=#{v}"
    @h[k] = v
  end
  def val
    @log << "read val"
    @val
  end
  def val=(v)
    @log << "write val=#{v}"
    @val = v
  end
end
s = Store.new
s[:a] ||= 10
s[:a] ||= 20
s[:b] &&= 30
s[:zz] &&= 40
s[:b] += 5
p s.log
s.log.clear
s.val ||= 1
s.val ||= 2
s.val &&= 3
s.val += 4
p s.log
def idx
  puts "idx evaluated"
  :b
end
s.log.clear
s[idx] += 1
p s.log
class Store
  @@cv = nil
  def self.cv_ops
    @@cv ||= "first"
    @@cv ||= "second"
    @@cv &&= @@cv.upcase
    @@cv
  end
end
p Store.cv_ops
$gg = false
$gg ||= :set
$gg &&= [$gg]
p $gg
