require 'yaml'
long = ("word " * 20).strip
puts YAML.dump({"k" => long, "n" => {"k2" => long}, "l" => [long]})
puts YAML.dump({"k" => "a: #{long}"})
puts YAML.dump({"k" => "x\ty #{long}"})
puts YAML.dump("\u0085 \u2028 \x7f \x01 \uFEFF é ü")
puts YAML.dump(["a\nb", {"k" => "a\nb\n\n"}, "  a\n b", "a \nb", "x\n\n\ny"])
puts YAML.dump(Time.at(0, in: "+09:00")) rescue p $!
