class Model
  @registry = []
  @@instances = 0
  class << self
    attr_reader :registry
    def register(n) = (@registry ||= []) << n
  end
  def initialize = @@instances += 1
  def self.instances = @@instances
end
class Post < Model
  register :title
end
Model.register :id
p Model.registry, Post.registry
Post.new
Model.new
p Model.instances, Post.instances
p Model.instance_variables, Post.instance_variables, Model.class_variables
p Post.class_variable_get(:@@instances)
