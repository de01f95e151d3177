class Person
  attr_accessor :name, :age
  attr_writer :secret
  attr_reader :id
  def initialize
    @id = 7
  end
  def reveal = @secret
end
per = Person.new
per.name = "Ann"
per.age = 30
per.secret = "s3"
p per.name, per.age, per.id, per.reveal
per.age += 1
p per.age
per.name ||= "other"
p per.name
p per.respond_to?(:id=)
p per.respond_to?(:secret)
p per.respond_to?(:secret=)
p Person.public_instance_methods(false).sort
r = (per.name = "Bob")
p r
