# did_you_mean on NameError: local variables, methods (private ones too), instance and
# class variables, constants; the suggestion follows error_highlight's snippet.
def show
  yield
rescue NameError => e
  puts "#{e.class}: #{e.message}"
  p(e.corrections) rescue p $!
  puts "--"
end

def hello; end
show { helo }
show { helo() }
show { self.helo }
first_name = 1
show { firts_name }
show { [1].each { |item_count| itme_count } }
show { foo }   # nothing close enough (and fork/for are left out for foo)

class Counter
  @@counter = 1
  def initialize; @value = 1; end
  def inspect; "#<Counter>"; end
  def go; valeu; end
  def cv; @@countr; end
  def priv_helper; end
  private :priv_helper
  def call_priv; priv_helpr; end
end
show { Counter.new.go }
show { Counter.new.cv }
show { Counter.class_variable_get(:@@countr) }
show { Counter.new.priv_helpr }       # private methods are not offered to a caller outside
show { Counter.new.call_priv }        # but are from inside
show { Countr }
show { Strin }
show { Comparabl }
show { Object.const_get(:Strng) }
show { Counter::Valeu }
module Outer
  INNER_LIMIT = 3
  def self.get; INNER_LIMT; end
end
show { Outer.get }
show { Outer::INNER_LIMT }
show { Struct.new(:name).new(1)[:nam] }
show { raise NameError.new("plain", :helo) }
show { raise NameError, "no name" }

# local_variables: the scope's locals, outer ones too.
begin
  outer_local = 1
  [1].each { |inner| tmp = 2; undefined_thing }
rescue NameError => e
  p e.local_variables.sort
end
begin
  hello.nope
rescue NameError => e
  p e.local_variables
end
