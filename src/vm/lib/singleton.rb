# singleton: the Singleton module. Including it makes new and allocate private and adds
# Klass.instance, which creates the one instance on first use; clone and dup raise.
module Singleton
  VERSION = "0.1.1"

  def clone
    raise TypeError, "can't clone instance of singleton #{self.class}"
  end

  def dup
    raise TypeError, "can't dup instance of singleton #{self.class}"
  end

  def _dump(depth = -1)
    ""
  end

  module SingletonClassMethods
    def clone
      Singleton.__init__(super)
    end

    def _load(str)
      instance
    end

    def instance
      @singleton__instance__ ||= new
    end

    private

    def inherited(sub_klass)
      super
      Singleton.__init__(sub_klass)
    end
  end

  class << Singleton
    def __init__(klass)
      klass.instance_eval { @singleton__instance__ = nil }
      klass
    end

    private

    def append_features(mod)
      unless mod.instance_of?(Class)
        raise TypeError, "Inclusion of the OO-Singleton module in module #{mod}"
      end
      super
    end

    def included(klass)
      unless klass.instance_of?(Class)
        raise TypeError, "Inclusion of the OO-Singleton module in module #{klass}"
      end
      super
      klass.private_class_method :new, :allocate
      klass.extend SingletonClassMethods
      Singleton.__init__(klass)
    end
  end
end
