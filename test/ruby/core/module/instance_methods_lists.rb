module M
  def m_pub; end
  private def m_priv; end
end
class P
  include M
  def pub; end
  protected def prot; end
  private def priv; end
end
p P.instance_methods(false).sort, P.public_instance_methods(false).sort
p P.private_instance_methods(false), P.protected_instance_methods(false)
p P.instance_methods.include?(:m_pub), P.instance_methods.include?(:m_priv)
p M.instance_methods, M.private_instance_methods
p P.method_defined?(:pub), P.method_defined?(:priv), P.method_defined?(:prot)
p P.public_method_defined?(:prot), P.private_method_defined?(:m_priv)
p P.instance_method(:m_pub).owner
