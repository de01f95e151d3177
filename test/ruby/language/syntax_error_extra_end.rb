puts "not printed"
class Foo
  def bar
  end
end
end
