# clone(freeze:): nil keeps the state, true freezes the copy, false leaves it unfrozen;
# other values and unfreezing an Integer are ArgumentErrors.
s = "a"
p s.clone.frozen?, s.clone(freeze: true).frozen?, s.clone(freeze: false).frozen?, s.clone(freeze: nil).frozen?
f = "b".freeze
p f.clone.frozen?, f.clone(freeze: true).frozen?, f.clone(freeze: false).frozen?, f.clone(freeze: nil).frozen?
o = Object.new
p o.clone(freeze: true).frozen?, o.frozen?
p 1.clone, 1.clone(freeze: true), :a.clone(freeze: nil), 1.5.clone, nil.clone
[-> { 1.clone(freeze: false) }, -> { nil.clone(freeze: false) }, -> { "a".clone(freeze: 1) },
 -> { 1.clone(freeze: 1) }].each do |l|
  l.call
rescue ArgumentError => e
  p e.message
end
