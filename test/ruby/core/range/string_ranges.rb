p ("a".."e").to_a, ("A".."E").map(&:downcase)
p ("aa".."ad").to_a, ("y".."ab").to_a
p ("1".."10").to_a, ("01".."10").to_a.size
p ("a".."e").step(2).to_a
p ("a"..."c").to_a, ("c".."a").to_a
p ("abc".."abe").include?("abd")
p ("a".."z").each_slice(9).map(&:join)
