require 'observer'

class Ticker
  include Observable

  def tick(price)
    changed
    notify_observers(Time.at(0).utc.year, price)
  end

  def quiet(price)
    notify_observers(price)
  end
end

class Watcher
  def initialize(name) = @name = name

  def update(time, price)
    puts "#{@name}: #{time} #{price}"
  end

  def custom(*args)
    puts "custom #{args.inspect}"
  end
end

t = Ticker.new
p t.count_observers, t.changed?
w = Watcher.new("w1")
t.add_observer(w)
t.add_observer(Watcher.new("w2"), :custom)
p t.count_observers
t.tick(10)
t.quiet(11)
p t.changed?
t.changed
p t.changed?
t.delete_observer(w)
t.tick(12)
t.delete_observers
t.tick(13)
p t.count_observers
begin
  t.add_observer(Object.new)
rescue NoMethodError => e
  p e.message.lines.first.chomp
end
