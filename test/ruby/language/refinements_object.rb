# The refinement objects: Module#refine returns a Refinement (its inspect names the
# refined class and the refining module), refining the same class twice gives the same
# one, refine blocks see the module's refinements (earlier and later ones), and
# Refinement#import_methods copies Ruby methods in.
module Tools
  R1 = refine(String) do
    def a = "a"
    def c = a + b     # b: refined in a later block of the same module
  end
  R2 = refine(String) do
    def b = "b"
  end
  p R1.equal?(R2)
  p R1.class
  p R1.class.superclass
  p R1
  p R1.name
  p R1.ancestors
  p self
  refine(Integer) { p self; p self.class; p Module.used_modules }
end
using Tools
p "".c
p Tools::R1.instance_methods(false).sort
p Refinement.private_instance_methods(false)
p Module.private_instance_methods(false).grep(/refine|using/).sort
p Module.new.respond_to?(:refine, true)
p Class.new.respond_to?(:refine, true)
p Module.respond_to?(:refinements)

module Helpers
  def helper = "help #{self}"
  def twice = helper * 2
end
module Imported
  refine Symbol do
    import_methods Helpers
  end
end
using Imported
p :x.helper
p :y.twice
p Helpers.instance_method(:helper).owner
