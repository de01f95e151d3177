p require_relative("lib/nested/util")
p Util.sum_squares(1, 2, 3)
p defined?(MathX)
p require_relative("lib/mathx")
p $LOADED_FEATURES.count { |f| f.end_with?("/lib/mathx.rb") }
