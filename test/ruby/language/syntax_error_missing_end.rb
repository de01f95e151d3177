puts "not printed"
def foo
  if true
    1
  end
