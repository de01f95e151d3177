# did_you_mean on NoMethodError: the receiver's public methods and singleton methods,
# private ones and some keywords for a call without receiver, none of nil's.
def show
  yield
rescue NameError => e
  puts "#{e.class}: #{e.message}"
  p e.private_call? if e.is_a?(NoMethodError)
  puts "--"
end

show { [1, 2].frist }
show { nil.lenght }
show { nil.to_stri }
show { 1.tims }
show { "abc".upcasee }
show { Math.sqr(1) }
show { :sym.to_proco }
show { {a: 1}.fetch_vals }
obj = Object.new
def obj.inspect; "#<Obj>"; end
def obj.speak_loudly; end
show { obj.speak_lodly }
class Animal
  def inspect; "#<Animal>"; end
  def walk; end
  def run; self.wak; end
  def fly; wak(); end
  private def secret_method; end
  def use; secret_methd(1); end
end
show { Animal.new.wakl }
show { Animal.new.run }
show { Animal.new.fly }
show { Animal.new.use }
show { Animal.new.secret_methd }
show { Animal.new.send(:secret_methd) }
class Bare < BasicObject; def inspect; "#<Bare>"; end; def inspection; end; end
show { Bare.new.inspecton }   # not an Object: no suggestion
show { yeld }
show { whille() }
