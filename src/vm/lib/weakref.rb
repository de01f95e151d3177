# weakref: WeakRef, a Delegator to an object that the collector may reclaim, after
# which calls raise WeakRef::RefError. As CRuby 3.1's: the referents are the values of
# one ObjectSpace::WeakMap keyed by the WeakRefs, so a referent's death drops its pair
# (true, false and nil never die and are kept in the WeakRef itself).
require "delegate"

class WeakRef < Delegator
  VERSION = "0.1.1"

  class RefError < StandardError
  end

  @@__map = ::ObjectSpace::WeakMap.new

  def initialize(orig)
    case orig
    when true, false, nil
      @delegate_sd_obj = orig
    else
      @@__map[self] = orig
    end
    super
  end

  def __getobj__
    @@__map[self] or defined?(@delegate_sd_obj) ? @delegate_sd_obj :
      Kernel.raise(RefError, "Invalid Reference - probably recycled", Kernel.caller(2))
  end

  def __setobj__(obj)
  end

  def weakref_alive?
    @@__map.key?(self) or defined?(@delegate_sd_obj)
  end
end
