def try
  yield
rescue ZeroDivisionError, TypeError => e
  "math/type: #{e.class}"
rescue ArgumentError
  "arg"
rescue StandardError => e
  "std: #{e.class}"
end
p try { 1 / 0 }
p try { 1 + nil }
p try { Integer("zz") }
p try { [].fetch(5) }
p try { raise IOError }
handlers = [KeyError, IndexError]
begin
  {}.fetch(:x)
rescue *handlers => e
  p e.class
end
begin
  begin
    raise Exception, "base exception"
  rescue => e
    puts "not caught by bare rescue"
  end
rescue Exception => e
  puts "caught #{e.message}"
end
p KeyError.superclass, KeyError.superclass.superclass
matcher = Class.new do
  def self.===(e) = e.message.include?("magic")
end
begin
  raise "has magic word"
rescue matcher
  puts "custom matcher"
end
