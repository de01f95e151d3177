require 'yaml'
[nil, true, false, 1, -5, 2**70, 1.5, 1.0e20, 1.0/0, -1.0/0, 0.0/0, 0.1+0.2, 1e-5, 100.0, :sym, :"a b", :"1", [], {}, [1, [2, 3], [], {}], {"a" => 1, "b" => [1, 2], "c" => {"d" => nil, "e" => {}}}, [{"a" => 1, "b" => 2}, [[1]]], {1 => 2, nil => 3, true => 4, :s => 5, 1.5 => 6, [1] => 7}, {"x" => "a\nb", "y" => ["l1\nl2\n"]}, ["  lead", "trail\n\n"], "x".b, "\xff".b, {"k" => :v}].each do |v|
  puts YAML.dump(v).inspect
end
a = [1, 2]
puts YAML.dump([a, a]).inspect
s = "str"
puts YAML.dump([s, s]).inspect
puts [1, 2].to_yaml.inspect, "x".to_yaml.inspect, YAML.dump({a: 1}, line_width: 20).inspect
S = Struct.new(:a, :b)
class Foo; def initialize; @x = 1; @y = "s"; end; end
puts YAML.dump(S.new(1, "x")).inspect, YAML.dump(Foo.new).inspect
puts YAML.dump(1..3).inspect rescue p $!
require 'set'
puts YAML.dump(Set[1, 2]).inspect
puts YAML.dump(Time.at(0).utc).inspect, YAML.dump(12r/5).inspect rescue p $!
