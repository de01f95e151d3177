# Thread synchronisation: Mutex, ConditionVariable, Queue and SizedQueue for the green
# threads of thread.rb. A Mutex is owned by a Fiber, as in CRuby 3.x (@owner is the
# thread, @fiber the Fiber that locked it: nil for a thread's own). A waiting thread adds itself to the object's waiter list, blocks
# with Thread.__block and removes itself when it runs again (woken, timed out or
# interrupted), then re-checks its condition.
class Thread::Mutex
  def initialize
    @owner = nil
    @fiber = nil
    @waiters = []
  end

  def lock
    cur = Thread.current
    fib = cur.__own_fiber
    raise ThreadError, "deadlock; recursive locking" if @owner.equal?(cur) && @fiber.equal?(fib)
    while @owner
      @waiters << cur
      begin
        Thread.__block(nil)
      ensure
        @waiters.delete(cur)
      end
    end
    @owner = cur
    @fiber = fib
    cur.__mutexes << self
    self
  end

  def try_lock
    return false if @owner
    lock
    true
  end

  def unlock
    raise ThreadError, "Attempt to unlock a mutex which is not locked" unless @owner
    unless owned?
      raise ThreadError, "Attempt to unlock a mutex which is locked by another thread/fiber"
    end
    __release
    self
  end

  # Frees the lock (its owner ended or unlocked) and wakes the first waiter.
  def __release
    @owner&.__mutexes&.delete(self)
    @owner = nil
    @fiber = nil
    @waiters.each { |t| break if t.__wakeup }
  end

  def locked? = !@owner.nil?
  def owned?
    cur = Thread.current
    cur.equal?(@owner) && @fiber.equal?(cur.__own_fiber)
  end

  def synchronize
    raise ThreadError, "must be called with a block" unless block_given?
    lock
    begin
      yield
    ensure
      unlock if owned?
    end
  end

  def sleep(timeout = nil)
    unless timeout.nil?
      raise TypeError, "can't convert #{timeout.class} into time interval" unless timeout.is_a?(Numeric)
      raise ArgumentError, "time interval must not be negative" if timeout < 0
    end
    unlock
    start = Thread.__now
    begin
      if timeout
        Thread.__block(start + timeout)
      else
        Thread.__block(nil)
      end
    ensure
      lock
    end
    return nil if timeout && Thread.current.__timed_out?
    (Thread.__now - start).round
  end
end

class Thread
  class ConditionVariable
    def initialize
      @waiters = []
    end

    def wait(mutex, timeout = nil)
      cur = Thread.current
      @waiters << cur
      begin
        mutex.sleep(timeout)
      ensure
        @waiters.delete(cur)
      end
    end

    def signal
      until @waiters.empty?
        break if @waiters.shift.__wakeup
      end
      self
    end

    def broadcast
      @waiters.shift.__wakeup until @waiters.empty?
      self
    end

    def marshal_dump
      raise TypeError, "can't dump #{self.class}"
    end
  end

  class Queue
    # Items are @que[@head..]: pop advances @head (Array#shift moves the rest) and the
    # array is compacted once the popped prefix is the larger half.
    def initialize(items = nil)
      @que = items.nil? ? [] : __items(items)
      @head = 0
      @waiters = []
      @closed = false
    end

    def __items(items)
      return items.to_a if items.respond_to?(:to_a)
      raise TypeError, "can't convert #{items.class} into Array"
    end
    private :__items

    def push(obj)
      raise ClosedQueueError, "queue closed" if @closed
      @que.push(obj)
      __wake(@waiters)
      self
    end
    alias << push
    alias enq push

    def pop(non_block = false)
      cur = Thread.current
      while empty?
        raise ThreadError, "queue empty" if non_block
        return nil if @closed
        __wait(@waiters, cur)
      end
      v = @que[@head]
      @que[@head] = nil
      @head += 1
      if @head > 32 && @head * 2 > @que.size
        @que = @que[@head..]
        @head = 0
      end
      __popped
      v
    end
    alias shift pop
    alias deq pop

    def close
      unless @closed
        @closed = true
        __wake_all
      end
      self
    end

    def closed? = @closed
    def empty? = @que.size == @head
    def size = @que.size - @head
    alias length size
    def num_waiting = @waiters.size

    def clear
      @que.clear
      @head = 0
      __popped
      self
    end

    def marshal_dump
      raise TypeError, "can't dump #{self.class}"
    end

    private

    def __popped; end

    def __wake_all
      @waiters.dup.each(&:__wakeup)
    end

    def __wake(list)
      list.each { |t| break if t.__wakeup }
    end

    def __wait(list, cur)
      list << cur
      begin
        Thread.__block(nil)
      ensure
        list.delete(cur)
      end
    end
  end

  class SizedQueue < Queue
    def initialize(max)
      super()
      @max = __check_max(max)
      @push_waiters = []
    end

    attr_reader :max

    def max=(max)
      @max = __check_max(max)
      @push_waiters.dup.each(&:__wakeup)
    end

    def push(obj, non_block = false)
      cur = Thread.current
      while size >= @max
        raise ClosedQueueError, "queue closed" if @closed
        raise ThreadError, "queue full" if non_block
        __wait(@push_waiters, cur)
      end
      super(obj)
    end
    alias << push
    alias enq push

    def num_waiting = @waiters.size + @push_waiters.size

    private

    def __check_max(max)
      max = Integer(max)
      raise ArgumentError, "queue size must be positive" unless max > 0
      max
    end

    def __popped
      __wake(@push_waiters)
    end

    def __wake_all
      super
      @push_waiters.dup.each(&:__wakeup)
    end
  end
end

Mutex = Thread::Mutex
Queue = Thread::Queue
SizedQueue = Thread::SizedQueue
ConditionVariable = Thread::ConditionVariable
