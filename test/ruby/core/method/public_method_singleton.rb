class Svc
  def pub = :pub
  private def priv = :priv
end
s = Svc.new
p s.public_method(:pub).call
begin
  s.public_method(:priv)
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp.sub(/#<Svc.*>/, "a Svc")}"
end
p s.method(:priv).call
def s.solo = :solo
p s.singleton_method(:solo).call
begin
  s.singleton_method(:pub)
rescue NameError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp.sub(/#<Svc.*>/, "a Svc")}"
end
p s.method(:solo).owner == s.singleton_class
m1 = s.method(:pub)
m2 = s.method(:pub)
p m1 == m2, m1.eql?(m2), m1.hash == m2.hash
p Svc.new.method(:pub) == m1
