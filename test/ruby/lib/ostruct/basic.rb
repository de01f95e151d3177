require 'ostruct'

os = OpenStruct.new(name: "John", age: 70, "str" => 1)
p os, os.name, os.missing, os[:age], os["name"], os.respond_to?(:name), os.respond_to?(:zz), os.respond_to?(:zz=)
os.email = "x@y"
os[:k] = 2
p os.to_h, os.each_pair.to_a
p os.delete_field(:age), os
p os.respond_to?(:age)
p os.delete_field(:nope) { :default }
begin
  os.delete_field(:nope)
rescue NameError => e
  p e.class, e.name
end
p OpenStruct.new(a: OpenStruct.new(b: 1))
p os == OpenStruct.new(name: "John", "str" => 1, email: "x@y", k: 2)
p os.eql?(os.dup), os.dup.equal?(os)
class Sub < OpenStruct; end
p Sub.new(x: 1)
begin
  os.foo(1)
rescue NoMethodError => e
  p e.class
end
p os.dig(:name), os.to_h { |k, v| [k.to_s, v] }
r = OpenStruct.new
r.me = r
p r
p OpenStruct.new.inspect, OpenStruct.new(size: 3).size
c = os.dup
c.name = "Jane"
p os.name, c.name
p OpenStruct.new(a: 1).to_s
h = { OpenStruct.new(a: 1) => :found }
p h[OpenStruct.new(a: 1)]
