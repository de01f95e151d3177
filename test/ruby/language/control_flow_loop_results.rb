p(loop { break })
p(loop { break 1, 2 })
p [1, 2, 3].each { |x| break if x == 2 }
p [1, 2, 3].each { }
p (1..3).each { |x| next }
p 3.times { }
p 3.times { |i| break i * 7 if i == 2 }
p [1, 2].map { |x| next x * 2 }
p [3, 4].select { |x| next true }
p [3, 4].find { |x| break :b }
i = 0
p(until i == 2 do i += 1 end)
p(begin; 5; end)
p((while false; end))
def m_loop
  loop do
    return :from_loop
  end
end
p m_loop
e = [1, 2].each
p(loop { e.next })
