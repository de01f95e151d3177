a = ArgumentError.new("x")
b = ArgumentError.new("x")
p a == b, a == ArgumentError.new("y"), a == RuntimeError.new("x")
p a.to_s, a.message, a.inspect, ArgumentError.new.inspect, RuntimeError.new("").inspect
class Fancy < StandardError
  def to_s = "fancy to_s"
end
f = Fancy.new("ignored")
p f.message, f.inspect
begin
  raise Fancy
rescue => e
  puts "#{e.class}: #{e.message}"
end
p StandardError.new(42).message, StandardError.new([1, 2]).message
p Exception.new.full_message(highlight: false).include?("Exception") rescue p :nofm
