# mutex_m: Mutex_m, mixed into a class (include) or an object (extend) to make it a
# lock itself: mu_lock / mu_unlock / mu_synchronize ..., aliased as lock / unlock /
# synchronize / locked? / try_lock, over a Thread::Mutex made at initialize or extend.
module Mutex_m
  VERSION = "0.1.1"

  def self.define_aliases(mod)
    mod.module_eval do
      alias_method :locked?, :mu_locked?
      alias_method :lock, :mu_lock
      alias_method :unlock, :mu_unlock
      alias_method :try_lock, :mu_try_lock
      alias_method :synchronize, :mu_synchronize
    end
  end

  # (CRuby hooks append_features / extend_object; included / extended run at the same
  # point here.)
  def self.included(mod)
    super
    define_aliases(mod) unless mod.instance_of?(Module)
  end

  def self.extended(obj)
    super
    obj.mu_extended
  end

  # An extended object gets the short names unless it already has them all.
  def mu_extended
    names = %i[locked? lock unlock try_lock synchronize]
    Mutex_m.define_aliases(singleton_class) unless names.all? { |n| respond_to?(n) }
    mu_initialize
  end

  def mu_synchronize(&block) = @_mutex.synchronize(&block)
  def mu_locked? = @_mutex.locked?
  def mu_try_lock = @_mutex.try_lock
  def mu_lock = @_mutex.lock
  def mu_unlock = @_mutex.unlock
  def sleep(timeout = nil) = @_mutex.sleep(timeout)

  private

  def mu_initialize
    @_mutex = Thread::Mutex.new
  end

  def initialize(*args, **kw, &block)
    mu_initialize
    super
  end
end
