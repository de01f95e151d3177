class Tool
  def a = :a
  def b = :b
  def c = :c
  undef a, b
end
t = Tool.new
p t.respond_to?(:a), t.respond_to?(:b), t.c
class Tool
  undef_method :c
end
p t.respond_to?(:c)
class Sub < Tool
  def a = :sub_a
end
p Sub.new.a
begin
  class Tool
    undef missing_method
  end
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
