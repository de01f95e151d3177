class Base
  def pub = "pub"
  private def hidden = "hidden"
  protected def prot = "prot"
end
class Kid < Base
  public :hidden
  private :pub
  def call_prot(other) = other.prot
end
k = Kid.new
p k.hidden
begin
  k.pub
rescue NoMethodError => e
  puts e.message.lines.first.to_s.chomp.sub(/#<Kid.*>/, "a Kid")
end
p k.call_prot(Kid.new), k.call_prot(Base.new)
p Base.new.pub
begin
  Base.new.hidden
rescue NoMethodError => e
  puts e.message.lines.first.to_s.chomp.sub(/#<Base.*>/, "a Base")
end
p Kid.public_method_defined?(:hidden), Base.private_method_defined?(:hidden)
