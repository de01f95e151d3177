# A bank simulation: accounts, transfers, custom exceptions, an audit log.
class InsufficientFunds < StandardError
  attr_reader :needed
  def initialize(needed)
    @needed = needed
    super("insufficient funds: need #{format('%.2f', needed)} more")
  end
end
class AccountFrozen < StandardError; end
class InvalidAmount < ArgumentError; end

class Account
  attr_reader :owner, :balance, :history
  @@count = 0

  def self.count = @@count

  def initialize(owner, balance = 0)
    @owner = owner
    @balance = balance
    @history = []
    @frozen = false
    @@count += 1
  end

  def freeze! = @frozen = true
  def frozen_account? = @frozen

  def deposit(amount)
    check!(amount)
    @balance += amount
    @history << [:deposit, amount]
    self
  end

  def withdraw(amount)
    check!(amount)
    raise InsufficientFunds.new(amount - @balance) if amount > @balance
    @balance -= amount
    @history << [:withdraw, amount]
    self
  end

  def to_s = format("%-6s %10.2f%s", owner, balance, @frozen ? " (frozen)" : "")

  private

  def check!(amount)
    raise AccountFrozen, "account of #{owner} is frozen" if @frozen
    raise InvalidAmount, "amount must be positive, got #{amount}" unless amount.is_a?(Numeric) && amount > 0
  end
end

class Bank
  def initialize = (@accounts = {}; @log = [])

  def open(owner, initial = 0)
    raise ArgumentError, "duplicate account #{owner}" if @accounts.key?(owner)
    @accounts[owner] = Account.new(owner, initial)
  end

  def [](owner) = @accounts.fetch(owner) { raise KeyError, "no account for #{owner}" }

  def transfer(from, to, amount)
    src, dst = self[from], self[to]
    src.withdraw(amount)
    begin
      dst.deposit(amount)
    rescue StandardError
      src.deposit(amount)
      raise
    end
    @log << "transfer #{from}->#{to} #{amount}"
    true
  rescue InsufficientFunds, AccountFrozen, InvalidAmount, KeyError => e
    @log << "FAILED #{from}->#{to} #{amount}: #{e.class}"
    puts "  error: #{e.message}"
    false
  ensure
    @log << "checked #{from}"
  end

  def report
    @accounts.values.sort_by { |a| -a.balance }.each { |a| puts a }
    puts format("%-6s %10.2f", "TOTAL", @accounts.values.sum(&:balance))
  end

  attr_reader :log
end

bank = Bank.new
bank.open("alice", 100)
bank.open("bob", 50.5)
bank.open("carol")
begin
  bank.open("bob")
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p bank.transfer("alice", "bob", 30)
p bank.transfer("bob", "carol", 200)
p bank.transfer("carol", "alice", -5)
p bank.transfer("dave", "alice", 1)
bank["carol"].freeze!
p bank.transfer("alice", "carol", 10)
p bank["alice"].balance
bank["bob"].deposit(0.25).withdraw(10)
p bank["bob"].history
begin
  bank["alice"].withdraw(1000)
rescue InsufficientFunds => e
  puts "#{e.class}: #{e.message} (needed=#{e.needed})"
end
bank.report
puts bank.log
p Account.count
p InvalidAmount.ancestors.take(3)
