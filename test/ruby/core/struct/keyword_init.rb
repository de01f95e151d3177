Person = Struct.new(:name, :age, keyword_init: true)
per = Person.new(name: "Ann", age: 30)
p per
p per.name, per.age
p Person.new(name: "Bo")
begin
  Person.new("Ann", 30)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
begin
  Person.new(nme: "x")
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
p per.to_h
p Person.keyword_init? rescue p :noquery
Pos = Struct.new(:x, :y)
p Pos.new(1, 2).to_h { |k, v| [k.to_s, v * 10] }
Account = Struct.new(:owner, :balance) do
  def deposit(n)
    self.balance += n
    self
  end
end
acc = Account.new("me", 0)
acc.deposit(5).deposit(10)
p acc.balance
p acc.inspect
case per
in { name: String => nm, age: } then puts "#{nm} is #{age}"
end
