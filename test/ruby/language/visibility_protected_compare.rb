class Account
  def initialize(b) = @balance = b
  def richer_than?(other) = balance > other.balance
  def inspect = "#<Account>"
  protected
  def balance = @balance
end
class Savings < Account; end
a = Account.new(10)
s = Savings.new(5)
p a.richer_than?(s), s.richer_than?(a)
begin
  a.balance
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
p a.respond_to?(:balance), a.respond_to?(:balance, true)
p Account.protected_instance_methods, a.send(:balance)
class Other
  def peek(acc) = acc.balance
  def inspect = "#<Other>"
end
begin
  Other.new.peek(a)
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
