# Run in a fresh VM after define.rb was committed (see define.rb).
d = Maglev[:dog]
p d.name, d.greet, d.to_s, d.speak, d.dm(1), d.aliased, d.als
p Animal.count, Animal.registry, Dog.shout, Animal::LIMIT
p d.respond_to?(:gone), d.respond_to?(:undone)
p Dog.ancestors.take(5)
p Pair.new(1, 2).sum, Pair.members
p Dog::Collar.x
p Dog.new("fido").greet, Animal.count
p d.class, d.class.superclass
p Recovering.new.go   # the handler's own frame, as CRuby: `rescue in go'
