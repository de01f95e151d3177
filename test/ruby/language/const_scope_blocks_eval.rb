X = :top
module M
  X = :m
  def self.in_block = [1].map { X }.first
  def self.in_lambda = -> { X }.call
  def self.in_class_eval = String.class_eval { X }
  def self.in_string_eval = String.class_eval("X") rescue :err
end
p M.in_block, M.in_lambda, M.in_class_eval, M.in_string_eval
class String
  X = :string
end
p M.in_class_eval, M.in_string_eval
class Object
  def top_x = X
end
p "s".top_x
p M.module_eval { X }, M.module_eval("X")
