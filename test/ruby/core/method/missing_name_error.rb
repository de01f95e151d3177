# Object#method on an undefined name: NameError naming the receiver's class.
[-> { Object.new.method(:nope) }, -> { 1.method(:nope) }, -> { Object.method(:nope) },
 -> { Object.instance_method(:nope) }, -> { Comparable.instance_method(:nope) },
 -> { Object.new.public_method(:nope) }].each do |f|
  f.call
rescue NameError => e
  p e, e.name
end
