# Maglev: persistent code and objects (the Ruby half; natives in core/maglev.cc).
module Maglev
  class MaglevException < StandardError; end
  class CommitFailedException < MaglevException
    # The objects another session committed first.
    def conflicts
      @conflicts || []
    end
  end
  class NotPersistableException < MaglevException; end
  class OutsideOfTransactionException < MaglevException; end

  class << self
    def persistent
      old = __set_mode(true)
      begin
        yield
      ensure
        __set_mode(old)
      end
    end

    def transient
      old = __set_mode(false)
      begin
        yield
      ensure
        __set_mode(old)
      end
    end

    def transient?
      !persistent?
    end

    alias commit commit_transaction
    alias abort abort_transaction

    # Every VM is always in a transaction (MagLev's automatic transaction mode).
    def transaction_level
      1
    end

    def [](key)
      __persistent_root[key]
    end

    def []=(key, value)
      __persistent_root[key] = value
    end

    # Aborts, runs the block, commits; on a conflict starts over, at most `retries`
    # more times. Returns the block's value.
    def transaction(retries: 10)
      attempt = 0
      begin
        abort_transaction
        result = yield
        commit_transaction
        result
      rescue CommitFailedException
        attempt += 1
        retry if attempt <= retries
        raise
      end
    end

    def const_missing(name)
      return __persistent_root if name == :PERSISTENT_ROOT
      super
    end
  end
end

# Instances tied to this process (open files, locks, threads, running code) cannot be
# committed: reaching one makes the commit raise NotPersistableException.
[IO, Dir, Mutex, Thread, Fiber, Enumerator, Binding, Method, UnboundMethod].each do |c|
  c.maglev_instances_persistable = false
end
