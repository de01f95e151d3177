obj = Object.new
def obj.hello = "singleton hello"
p obj.hello
p obj.singleton_methods
class Config
  def self.load = "loaded"
  class << self
    def setting = "set"
    attr_accessor :mode
  end
end
p Config.load, Config.setting
Config.mode = :fast
p Config.mode
p Config.singleton_methods.sort
str = "abc"
class << str
  def shout = upcase + "!"
end
p str.shout
p "abc".respond_to?(:shout)
p str.singleton_class.instance_methods(false)
sc = Config.singleton_class
p sc.inspect
p sc.singleton_class?
p Config.singleton_class?
