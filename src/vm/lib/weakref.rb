# weakref: WeakRef, a Delegator to an object that the collector may reclaim, after
# which calls raise WeakRef::RefError. maglev's collector has no weak references yet,
# so a WeakRef keeps its object alive and weakref_alive? stays true: programs written
# for CRuby (which must already cope with the object living on) behave the same.
require "delegate"

class WeakRef < Delegator
  class RefError < StandardError
  end

  def initialize(orig)
    super
  end

  def __getobj__
    raise RefError, "Invalid Reference - probably recycled" unless @__alive
    @__target
  end

  def __setobj__(obj)
    @__target = obj
    @__alive = true
  end

  def weakref_alive?
    @__alive
  end
end
