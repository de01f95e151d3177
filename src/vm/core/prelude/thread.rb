# Thread: green threads on Fibers (core/enumerator_fiber.cc). The VM runs one thread at
# a time. A thread runs until it blocks (join, sleep, Mutex#lock, Queue#pop,
# ConditionVariable#wait, Thread.stop), passes, or its time slice ends: while other
# threads live, a timer (core/thread_timer.cc) interrupts the dispatch loop every
# 100 ms and Thread.__interrupt passes at that safe point of user code (prelude code
# is never preempted, as CRuby's C core methods). The main thread is the scheduler:
# when it blocks it resumes the ready threads in FIFO order (itself included) until it
# is ready again; every other thread switches by Fiber.yield back to it.
# Mutex, Queue, SizedQueue and ConditionVariable (thread_sync.rb) block through
# Thread.__block and wake waiters with Thread#__wakeup. IO that would block waits in
# Thread.__wait_io (core/io_wait.h): the scheduler polls the fds of every waiting
# thread, without waiting while others are ready, in one poll(2) when none is.
class Thread
  # CRuby's `fatal`: raised in the main thread when every thread is blocked forever.
  @__fatal = Class.new(Exception) do
    def self.name = "fatal"
    def self.to_s = "fatal"
    def self.inspect = "fatal"
  end

  @__ready = []        # threads ready to run, in order (the main thread included)
  @__timed = []        # blocked threads with a deadline
  @__io = []           # threads blocked in __wait_io
  @__all = []          # live threads other than the main thread
  @__main = nil
  @__current = nil
  @__abort = false
  @__report = true

  class << self
    def main
      @__main ||= __make_main
    end

    def current
      @__current || main
    end

    def new(*args, &blk)
      raise ThreadError, "must be called with a block" unless blk
      t = allocate
      t.__where = caller_locations(1, 1)&.first
      t.send(:initialize, *args, &blk)
      raise ThreadError, "uninitialized thread - check `#{self}#initialize'" unless t.__started?
      t
    end

    def start(*args, &blk)
      raise ArgumentError, "tried to create Proc object without a block" unless blk
      t = allocate
      t.__start(args, blk)
      t
    end
    alias fork start

    def list
      [main] + @__all.select(&:alive?)
    end

    def pass
      __wake_expired
      __wake_io(0) unless @__io.empty?
      return nil if @__ready.empty?
      cur = current
      cur.__make_ready
      __switch(cur, false)
      nil
    end

    # The dispatch loop's interrupt (interp/interrupt.h) at a safe point of user code:
    # the main thread runs the trap handlers of signals received and passes (unless it
    # runs them from its scheduler loop); another thread's time slice ends: it goes
    # back to the scheduler loop (which also runs trap handlers). A thread inside a
    # Fiber of its own keeps running (that Fiber must not yield for it).
    def __interrupt
      cur = current
      if cur.equal?(@__main)
        Signal.__dispatch
        pass unless @__scheduling || Fiber.__current
      elsif Fiber.__current.equal?(cur.__fiber)
        cur.__make_ready
        __switch(cur, false)
      end
      nil
    end

    def stop
      cur = current
      if cur.equal?(main) && @__all.none?(&:alive?)
        raise ThreadError, "stopping only thread\n\tnote: use sleep to stop forever"
      end
      __block(nil)
      nil
    end

    def exit
      current.kill
    end
    alias kill exit

    def abort_on_exception = @__abort
    def abort_on_exception=(v)
      @__abort = v
    end

    def report_on_exception = @__report
    def report_on_exception=(v)
      @__report = v
    end

    # Thread#raise/kill reach the current thread, while the block runs, as the mask
    # says for their class (Integer for kill, as CRuby): :immediate, :on_blocking
    # (when it blocks: sleep, join, Mutex#lock, Queue#pop...) or :never (deferred to the
    # end of the block). The innermost mask that names an ancestor decides.
    def handle_interrupt(mask)
      raise TypeError, "no implicit conversion of #{mask.class} into Hash" unless mask.is_a?(Hash)
      mask.each do |k, v|
        raise ArgumentError, "unknown mask signature" unless %i[immediate on_blocking never].include?(v)
        raise ArgumentError, "unknown mask signature" unless k.is_a?(Module)
      end
      raise ArgumentError, "block is needed." unless block_given?
      cur = current
      cur.__masks.push(mask)
      begin
        r = yield
      ensure
        cur.__masks.pop
      end
      cur.__interrupts(false)
      r
    end

    def pending_interrupt?(err = nil) = current.pending_interrupt?(err)

    # The current thread waits until woken (Thread#__wakeup) or until the monotonic
    # clock passes deadline (nil: no deadline).
    def __block(deadline)
      cur = current
      cur.__set_blocked(deadline)
      @__timed << cur if deadline
      __switch(cur)
    end

    def __now
      Process.clock_gettime(Process::CLOCK_MONOTONIC)
    end

    # The current thread waits until one of fds (Integers) is ready for its events
    # (poll(2) bits: IO::READABLE, IO::WRITABLE, IO::PRIORITY) or timeout seconds pass
    # (nil: no limit): the revents of each fd, nil on timeout. Other threads run
    # meanwhile; with none, the VM sleeps in poll (and runs trap handlers).
    def __wait_io(fds, events, timeout)
      deadline = timeout && __now + timeout
      cur = current
      if cur.equal?(main) && !__others_alive?
        loop do
          rest = deadline && [deadline - __now, 0].max
          r = IO.__poll(fds, events, rest)
          return r if r.any? { |x| x != 0 }
          Signal.__dispatch
          return nil if deadline && __now >= deadline
        end
      end
      cur.__io_wait(fds, events)
      @__io << cur
      __block(deadline)
      cur.__io_result
    ensure
      @__io.delete(cur) if cur
    end

    # Wakes the threads in __wait_io whose fds are ready, waiting at most timeout
    # seconds (nil: until one is, or a signal comes).
    def __wake_io(timeout)
      fds = []
      evs = []
      @__io.each do |t|
        fds.concat(t.__io_fds)
        evs.concat(t.__io_events)
      end
      r = IO.__poll(fds, evs, timeout)
      i = 0
      @__io.dup.each do |t|
        n = t.__io_fds.size
        got = r[i, n]
        i += n
        t.__io_ready(got) if got.any? { |x| x != 0 }
      end
    end

    def __io_delete(t)
      @__io.delete(t)
    end

    def __ready_push(t)
      @__ready << t
    end

    def __timed_delete(t)
      @__timed.delete(t)
    end

    def __others_alive?
      @__all.any?(&:alive?)
    end

    def __add(t)
      @__all << t
      @__ready << t
      __timer(true)
    end

    def __remove(t)
      @__all.delete(t)
      __timer(false) if @__all.empty?
    end

    def __aborting?(t)
      t.abort_on_exception || @__abort
    end

    private

    def __make_main
      m = allocate
      m.__init_main
      m
    end

    # Gives up the processor: a thread returns to the main thread's loop; the main
    # thread runs the others until it is ready itself. Pending Thread#raise/kill are
    # delivered when cur runs again.
    def __switch(cur, blocking = true)
      if cur.equal?(main)
        __schedule
      else
        Fiber.yield
      end
      cur.__interrupts(blocking)
    end

    def __schedule
      m = main
      outer = @__scheduling
      @__scheduling = true
      __schedule_loop(m)
    ensure
      @__scheduling = outer
    end

    def __schedule_loop(m)
      loop do
        Signal.__dispatch
        __wake_expired
        __wake_io(0) unless @__io.empty? || @__ready.empty?
        t = @__ready.shift
        if t.nil?
          __idle(m)
          next
        end
        next unless t.__ready?
        if t.equal?(m)
          m.__set_running
          return
        end
        @__current = t
        begin
          t.__run
        ensure
          @__current = nil
        end
        if t.__dead?
          __remove(t)
          e = t.__abort_error
          raise e if e
        end
      end
    end

    def __wake_expired
      return if @__timed.empty?
      now = __now
      @__timed.dup.each { |t| t.__wakeup(true) if t.__deadline && t.__deadline <= now }
    end

    # Nothing is ready: wait for the fds of threads in __wait_io and sleep until the
    # nearest deadline, or fail like CRuby when every thread waits forever (a main
    # thread in Kernel#sleep waits forever instead).
    def __idle(m)
      nearest = @__timed.filter_map(&:__deadline).min
      if !@__io.empty?
        __wake_io(nearest && [nearest - __now, 0].max)
      elsif nearest
        d = nearest - __now
        __native_sleep(d) if d > 0
      elsif m.__sleeping_forever? || @__all.any?(&:__sleeping_forever?)
        __native_sleep(3600)   # Kernel#sleep is not a deadlock: a signal may end it
      else
        m.__set_running
        raise @__fatal, "No live threads left. Deadlock?"
      end
    end

    def __native_sleep(secs)
      Kernel.instance_method(:__native_sleep).bind_call(self, secs)
    end
  end

  def initialize(*args, &blk)
    Kernel.raise ThreadError, "must be called with a block" unless blk
    __start(args, blk)
  end

  def __start(args, blk)
    Kernel.raise ThreadError, "already initialized thread" if @__state
    __init_state
    @__state = :ready
    @__block = blk
    @__args = args
    @report_on_exception = Thread.report_on_exception
    @__group = Thread.current.group
    Thread.__add(self)
  end

  def __where=(loc)
    @__where = loc ? "#{loc.path}:#{loc.lineno}" : nil
  end

  def __init_main
    __init_state
    @__group = ThreadGroup::Default
    @__state = :running
  end

  def __init_state
    @__locals = {}
    @__tvars = {}
    @__joiners = []
    @__mutexes = []
    @__deadline = nil
    @__pending = nil
    @__forever = false
    @__killed = false
    @__exception = nil
    @__value = nil
    @name = nil
    @priority = 0
    @abort_on_exception = false
    @report_on_exception = true
  end
  private :__init_state

  def __started? = !@__state.nil?
  def __fiber = @__fiber

  # The Fiber this (the current) thread runs: nil for the thread's own.
  def __own_fiber
    f = Fiber.__current
    f.equal?(@__fiber) ? nil : f
  end
  def __ready? = @__state == :ready
  def __dead? = @__state == :dead
  def __deadline = @__deadline
  def __mutexes = @__mutexes
  def __sleeping_forever? = @__forever

  def __set_running
    @__state = :running
  end

  def __make_ready
    @__state = :ready
    Thread.__ready_push(self)
  end

  def __set_blocked(deadline, forever = false)
    @__state = :blocked
    @__deadline = deadline
    @__forever = forever
  end

  # What the thread waits for in Thread.__wait_io, and what came.
  def __io_wait(fds, events)
    @__io_fds = fds
    @__io_events = events
    @__io_result = nil
  end

  def __io_fds = @__io_fds
  def __io_events = @__io_events
  def __io_result = @__io_result

  def __io_ready(revents)
    @__io_result = revents
    __wakeup
  end

  # Makes a blocked thread ready (timeout: its deadline passed).
  def __wakeup(timeout = false)
    return false unless @__state == :blocked
    @__timed_out = timeout
    @__deadline = nil
    @__forever = false
    Thread.__timed_delete(self)
    Thread.__io_delete(self) if @__io_fds
    __make_ready
    true
  end

  def __timed_out? = @__timed_out

  # Runs this thread until it blocks, passes or ends.
  def __run
    @__state = :running
    @__fiber ||= Fiber.new { __body }
    @__fiber.resume
  end

  def __body
    catch(:__thread_kill) do
      __interrupts
      @__value = @__block.call(*@__args)
    end
  rescue Exception => e
    @__exception = e
    __trim_backtrace(e)
    __report(e) if @report_on_exception && !e.is_a?(SystemExit)
  ensure
    @__state = :dead
    @__mutexes.dup.each { |m| m.__release }
    @__joiners.each { |t| t.__wakeup }
    @__joiners.clear
    nil
  end
  private :__body

  # The frames of __run/__body at the bottom of the thread's backtrace are not shown,
  # as in CRuby (a thread's backtrace ends at its block).
  def __trim_backtrace(e)
    bt = e.backtrace
    return unless bt && bt.last&.start_with?("<internal:thread.rb>")
    bt = bt.dup
    bt.pop while bt.size > 1 && bt.last.start_with?("<internal:thread.rb>")
    e.set_backtrace(bt)
  rescue StandardError
    nil
  end
  private :__trim_backtrace

  def __report(e)
    $stderr.write("#{inspect} terminated with exception (report_on_exception is true):\n" \
                  "#{e.full_message(highlight: false)}")
  rescue StandardError
    nil
  end
  private :__report

  # What the main thread raises when this thread ended: its exception under
  # abort_on_exception, and always a SystemExit (exit in any thread ends the process).
  def __abort_error
    return nil unless @__exception
    @__exception if @__exception.is_a?(SystemExit) || Thread.__aborting?(self)
  end

  # Delivers a pending Thread#raise or Thread#kill to this (the current) thread, unless
  # handle_interrupt masks it (blocking: the thread comes back from blocking).
  def __interrupts(blocking = true)
    p = @__pending
    return unless p
    return if @__masks && !@__masks.empty? && __masked?(p == :kill ? Integer : p.class, blocking)
    @__pending = nil
    if p == :kill
      Kernel.exit if equal?(Thread.main)
      @__aborting = true
      throw :__thread_kill
    end
    Kernel.raise p
  end

  def __masks
    @__masks ||= []
  end

  def __masked?(klass, blocking)
    @__masks.reverse_each do |mask|
      mask.each do |k, v|
        next unless klass <= k
        return v == :never || (v == :on_blocking && !blocking)
      end
    end
    false
  end
  private :__masked?

  def pending_interrupt?(err = nil)
    p = @__pending
    return false unless p
    return true if err.nil?
    (p == :kill ? Integer : p.class) <= err
  end

  def join(limit = nil)
    cur = Thread.current
    Kernel.raise ThreadError, "Target thread must not be current thread" if equal?(cur)
    if equal?(Thread.main) && !cur.equal?(Thread.main)
      Kernel.raise ThreadError, "Target thread must not be main thread"
    end
    limit = __limit(limit)
    deadline = limit && Thread.__now + limit
    until @__state == :dead
      return nil if deadline && Thread.__now >= deadline
      @__joiners << cur
      Thread.__block(deadline)
      @__joiners.delete(cur)
    end
    Kernel.raise @__exception if @__exception
    self
  end

  # join's limit as CRuby's NUM2DBL converts it.
  def __limit(l)
    case l
    when nil then nil
    when Numeric then Float(l)
    when String then Kernel.raise TypeError, "no implicit conversion to float from string"
    when true, false then Kernel.raise TypeError, "no implicit conversion to float from #{l}"
    else Kernel.raise TypeError, "can't convert #{l.class} into Float"
    end
  end
  private :__limit

  def value
    join
    @__value
  end

  def alive? = @__state != :dead

  def stop?
    @__state == :dead || @__state == :blocked
  end

  def status
    case @__state
    when :dead then @__exception ? nil : false
    when :blocked then "sleep"
    else @__aborting ? "aborting" : "run"
    end
  end

  def kill
    return self if @__state == :dead
    if equal?(Thread.current)
      Kernel.exit if equal?(Thread.main)
      @__aborting = true
      throw :__thread_kill
    end
    if @__fiber.nil? && !equal?(Thread.main)
      @__state = :dead
      @__killed = true
      @__joiners.each { |t| t.__wakeup }
      Thread.__remove(self)
      return self
    end
    @__pending = :kill
    __wakeup
    self
  end
  alias terminate kill
  alias exit kill

  def raise(*args)
    return nil if @__state == :dead
    e = args.empty? ? RuntimeError.new("unhandled exception") : __exception_of(*args)
    Kernel.raise e if equal?(Thread.current)
    @__pending = e
    __wakeup
    nil
  end

  def __exception_of(cls, msg = nil, bt = nil)
    e = cls.is_a?(String) ? RuntimeError.new(cls) : (msg.nil? ? cls.exception : cls.exception(msg))
    e.set_backtrace(bt) if bt
    e
  end
  private :__exception_of

  def wakeup
    Kernel.raise ThreadError, "killed thread" if @__state == :dead
    __wakeup
    self
  end

  def run
    wakeup
    Thread.pass
    self
  end

  # Thread#[] and friends are fiber-local, as CRuby's: the current thread's are those of
  # the Fiber running (a Fiber other than the thread's own has its own table).
  def [](key)
    __locals[__key(key)]
  end

  def []=(key, value)
    Kernel.raise FrozenError, "can't modify frozen thread locals" if frozen?
    __locals[__key(key)] = value
  end

  def fetch(key, *default)
    k = __key(key)
    l = __locals
    return l[k] if l.key?(k)
    return yield(key) if block_given?
    return default[0] unless default.empty?
    Kernel.raise KeyError.new("key not found: #{key.inspect}", receiver: self, key: key)
  end

  def key?(key) = __locals.key?(__key(key))
  def keys = __locals.keys

  def __locals
    if equal?(Thread.current)
      f = Fiber.__current
      return f.__locals if f && !f.equal?(@__fiber)
    end
    @__locals
  end
  private :__locals

  def __key(key)
    return key if key.is_a?(Symbol)
    return key.to_sym if key.is_a?(String)
    Kernel.raise TypeError, "#{key.inspect} is not a symbol"
  end
  private :__key

  def thread_variable_get(key) = @__tvars[__key(key)]

  def thread_variable_set(key, value)
    Kernel.raise FrozenError, "can't modify frozen thread locals" if frozen?
    @__tvars[__key(key)] = value
  end

  def thread_variable?(key) = @__tvars.key?(__key(key))
  def thread_variables = @__tvars.keys

  attr_reader :name, :priority
  attr_accessor :abort_on_exception, :report_on_exception

  def name=(n)
    unless n.nil? || n.is_a?(String)
      s = n.respond_to?(:to_str) ? n.to_str : nil
      Kernel.raise TypeError, "no implicit conversion of #{n.nil? ? 'nil' : n.class} into String" unless s.is_a?(String)
      n = s
    end
    @name = n.nil? ? nil : n.dup.freeze
  end

  def priority=(n)
    @priority = [[Integer(n), -3].max, 3].min
  end

  def group = @__group
  def __group=(g)
    @__group = g
  end
  def native_thread_id = Process.pid
  def backtrace(*) = []
  def backtrace_locations(*) = []

  def to_s
    s = +"#<Thread:0x#{(object_id << 3).to_s(16).rjust(16, '0')}"
    s << "@#{@name}" if @name
    s << " #{@__where}" if @__where
    st = status
    s << " #{st == false || st.nil? ? 'dead' : st}>"
  end
  alias inspect to_s
end

# ThreadGroup: every thread is in one; a new thread joins its creator's.
class ThreadGroup
  def list = Thread.list.select { |t| t.group.equal?(self) }

  def add(thread)
    unless thread.is_a?(Thread)
      raise TypeError, "wrong argument type #{thread.class} (expected VM/thread)"
    end
    raise ThreadError, "can't move to the enclosed thread group" if enclosed?
    raise ThreadError, "can't move from the enclosed thread group" if thread.group&.enclosed?
    thread.__group = self
    self
  end

  def enclose
    @enclosed = true
    self
  end

  def enclosed? = @enclosed == true

  Default = new
end

class Fiber
  def __locals
    @__locals ||= {}
  end
end

module Kernel
  alias __native_sleep sleep
  private :__native_sleep

  # Kernel#sleep: other threads run while this one sleeps; Thread#wakeup ends it early.
  def sleep(*args)
    Kernel.raise ArgumentError, "wrong number of arguments (given #{args.size}, expected 0..1)" if args.size > 1
    secs = args[0]
    unless secs.nil?
      Kernel.raise TypeError, "can't convert #{secs.class} into time interval" unless secs.is_a?(Numeric)
      Kernel.raise ArgumentError, "time interval must not be negative" if secs < 0
    end
    start = Thread.__now
    if secs && !Thread.__others_alive? && Thread.current.equal?(Thread.main)
      deadline = start + secs
      loop do
        rest = deadline - Thread.__now
        break if rest <= 0
        __native_sleep(rest)
        Signal.__dispatch
      end
      return (Thread.__now - start).round
    end
    cur = Thread.current
    if secs.nil?
      cur.__set_blocked(nil, true)
      Thread.send(:__switch, cur)
    else
      Thread.__block(start + secs)
    end
    (Thread.__now - start).round
  end
  private :sleep
end
