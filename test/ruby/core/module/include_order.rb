module A; def who = "A"; end
module B; def who = "B"; end
class X
  include A
  include B
end
class Y
  include B, A
end
p X.new.who, X.ancestors.take(3)
p Y.new.who, Y.ancestors.take(3)
class Z
  include A
  include A
end
p Z.ancestors.take(3)
module C; include A; end
class W; include C; end
p W.ancestors.take(4), W.new.who
p W.include?(A), C.include?(A), A.include?(C)
