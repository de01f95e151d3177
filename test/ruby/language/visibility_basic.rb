class Account
  def inspect = "#<Account>"
  def initialize(b) = @balance = b
  def show = "balance #{balance}"
  def >(other) = balance > other.balance
  private
  def secret = "s"
  public
  def pub = "pub"
  protected
  def balance = @balance
  private def helper = "helper"
  public
  def call_helper = helper
  def call_self_secret = self.secret
end
a = Account.new(10)
b = Account.new(5)
p a.show
p a > b
p a.pub
p a.call_helper
p a.call_self_secret
[:secret, :balance, :helper].each do |m|
  begin
    a.public_send(m)
  rescue NoMethodError => e
    puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
  end
end
p a.send(:secret)
p Account.private_instance_methods(false).sort
p Account.protected_instance_methods(false)
p Account.public_method_defined?(:pub)
p Account.private_method_defined?(:secret)
begin
  a.balance
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
class Account
  public :secret
end
p a.secret
