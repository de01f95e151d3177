p $LOAD_PATH.equal?($:)
p $LOADED_FEATURES.equal?($")
$LOAD_PATH.unshift(File.expand_path("lib", __dir__))
p require("mathx")
p require("mathx")
p MathX.square(12)
p $LOADED_FEATURES.any? { |f| f.end_with?("/mathx.rb") }
p require("nested/util")
p Util.sum_squares(4)
