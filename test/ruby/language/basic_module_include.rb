module Hello
  def hello
    "hello from " + name
  end
end
class Thing
  include Hello
  def name
    "thing"
  end
end
puts Thing.new.hello
