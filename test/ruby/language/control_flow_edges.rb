class K
  define_method(:dm_return) do |x|
    return :early if x
    :late
  end
  define_method(:dm_next) { |x| next :nexted if x; :normal }
end
p K.new.dm_return(true), K.new.dm_return(false), K.new.dm_next(true), K.new.dm_next(false)
def find_first(arr)
  arr.each_with_index do |x, i|
    arr.each do |y|
      return [i, x, y] if x + y == 10
    end
  end
  nil
end
p find_first([1, 4, 6, 9])
def break_from_inner
  r = [1, 2, 3].map do |x|
    [10, 20].each do |y|
      break :inner_broke if y == 20
    end
  end
  r
end
p break_from_inner
l = lambda do |x|
  [1, 2, 3].each { |v| return v * 100 if v == x }
  :none
end
p l.call(2), l.call(9)
def while_in_block
  [1, 2].map do |x|
    i = 0
    while true
      i += 1
      break if i > x
    end
    i
  end
end
p while_in_block
def ensure_order
  out = []
  [1, 2].each do |x|
    begin
      begin
        next if x == 1
        break
      ensure
        out << "inner #{x}"
      end
    ensure
      out << "outer #{x}"
    end
  end
  out
end
p ensure_order
r = catch(:halt) do
  10.times do |i|
    begin
      throw :halt, i if i == 2
    ensure
      print "e#{i} "
    end
  end
end
puts
p r
