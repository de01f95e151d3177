# Processes and signals over the natives of core/process.cc: Kernel#system, `cmd`,
# spawn, exec and fork; $? as a Process::Status; Process.wait/wait2/waitall/detach/
# kill/times; Signal.trap/list/signame. A trapped signal is recorded by the C handler
# and its Ruby handler runs at the next safe point (Process.kill of this process,
# sleep, thread switches: Signal.__dispatch).
module Process
  # What Process.detach returns: the thread reaping one child.
  class Waiter < Thread
    def pid = self[:pid]
  end

  class Status
    def self.__new(pid, raw)
      s = allocate
      s.__init(pid, raw)
      s
    end

    def __init(pid, raw)
      @pid = pid
      @raw = raw
    end

    attr_reader :pid

    def to_i = @raw
    def exited? = (@raw & 0x7f).zero?
    def exitstatus = exited? ? (@raw >> 8) & 0xff : nil
    def signaled? = (@raw & 0x7f) != 0 && (@raw & 0x7f) != 0x7f
    def termsig = signaled? ? @raw & 0x7f : nil
    def stopped? = (@raw & 0xff) == 0x7f
    def stopsig = stopped? ? (@raw >> 8) & 0xff : nil
    def coredump? = signaled? && (@raw & 0x80) != 0
    def success? = exited? ? exitstatus.zero? : nil
    def &(other) = @raw & other
    def >>(other) = @raw >> other

    def ==(other)
      other.is_a?(Status) ? @raw == other.to_i : @raw == other
    end

    def to_s
      s = +"pid #{@pid}"
      if stopped?
        s << " stopped #{Signal.__sig_label(stopsig)}"
      elsif signaled?
        s << " #{Signal.__sig_label(termsig)}"
        s << " (core dumped)" if coredump?
      else
        s << " exit #{exitstatus}"
      end
      s
    end

    def inspect = "#<Process::Status: #{to_s}>"
  end

  Tms = Struct.new(:utime, :stime, :cutime, :cstime)

  # Shell metacharacters and words that make a one-string command go through /bin/sh.
  SHELL_META = /[*?{}\[\]<>()~&|\\$;'`"\n#=%]/
  SHELL_WORDS = %w[! . : break case cd continue do done elif else esac eval exec exit export
                   fi for if in readonly return set shift then times trap ulimit umask unset
                   until while].freeze
  private_constant :SHELL_META, :SHELL_WORDS

  class << self
    def spawn(*args)
      env, argv, shell, opts = __command(args)
      __spawn(env, argv, shell, *__options(opts))
    end

    def wait(pid = -1, flags = 0)
      r = __reap(pid, flags)
      r && r[0]
    end
    alias waitpid wait

    def wait2(pid = -1, flags = 0)
      __reap(pid, flags)
    end
    alias waitpid2 wait2

    def waitall
      out = []
      loop do
        out << __reap(-1, 0)
      rescue Errno::ECHILD
        break
      end
      out
    end

    # A Process::Waiter (a Thread whose value is the Process::Status; #pid).
    def detach(pid)
      t = Process::Waiter.new do
        loop do
          r = __reap(pid, WNOHANG)
          break r[1] if r
          sleep 0.01
        end
      end
      t[:pid] = pid
      t
    end

    def last_status = $?

    def __popen_pids
      @__popen_pids ||= {}.compare_by_identity
    end

    def kill(sig, *pids)
      raise ArgumentError, "wrong number of arguments (given 1, expected 2+)" if pids.empty?
      signo = Signal.__signo(sig, true)
      pids.each do |pid|
        pid = Integer(pid)
        if signo > 0 && (pid == Process.pid || pid.zero?) && !Signal.__trapped?(signo) &&
           Thread.current.equal?(Thread.main)   # from another thread: the main thread gets it
          e = Signal.__default_exception(signo)
          raise e if e
        end
        __kill(signo, pid)
      end
      Signal.__dispatch if Thread.current.equal?(Thread.main)   # others: at its next safe point
      pids.size
    end

    def times
      Tms.new(*__times)
    end

    def exit(status = true) = Kernel.exit(status)
    def exit!(status = false) = Kernel.exit!(status)
    def abort(*args) = Kernel.abort(*args)

    def fork(&blk)
      Kernel.fork(&blk)
    end

    def __reap(pid, flags)
      r = __waitpid(Integer(pid), Integer(flags))
      return nil unless r
      st = Status.__new(r[0], r[1])
      __set_status(st)
      [r[0], st]
    end

    # [env or nil, argv, shell?, options] of system/spawn/exec arguments.
    def __command(args)
      args = args.dup
      opts = args.last.is_a?(Hash) ? args.pop : {}
      env = args.first.is_a?(Hash) ? args.shift : nil
      raise ArgumentError, "wrong number of arguments (given 0, expected 1+)" if args.empty?
      if args.size == 1 && !args[0].is_a?(Array)
        cmd = String.new(String === args[0] ? args[0] : args[0].to_str)
        if cmd.match?(SHELL_META) || SHELL_WORDS.include?(cmd.split.first)
          return [env, [cmd], true, opts]
        end
        words = cmd.split
        raise Errno::ENOENT.new(cmd) if words.empty?
        return [env, words, false, opts]
      end
      first = args.shift
      first = first[0] if first.is_a?(Array)
      [env, [first, *args].map { |a| String === a ? a : a.to_str }, false, opts]
    end

    # [chdir, redirects] from spawn options (see core/process.cc for the redirect form).
    def __options(opts)
      chdir = nil
      redirects = []
      opts.each do |key, val|
        case key
        when :chdir then chdir = val.respond_to?(:to_path) ? val.to_path : val.to_str
        when :exception, :unsetenv_others, :pgroup, :new_pgroup, :umask, :close_others
          nil
        else
          keys = key.is_a?(Array) ? key : [key]
          keys.each { |k| redirects << __redirect(__fd(k), val) }
        end
      end
      [chdir, redirects]
    end

    def __fd(x)
      case x
      when :in then 0
      when :out then 1
      when :err then 2
      when Integer then x
      when IO then x.fileno
      else raise ArgumentError, "wrong exec option symbol: #{x}"
      end
    end

    def __redirect(fd, val)
      case val
      when String
        [fd, 0, val, fd.zero? ? File::RDONLY : File::WRONLY | File::CREAT | File::TRUNC]
      when Array
        if val[0] == :child
          [fd, 1, __fd(val[1])]
        else
          [fd, 0, val[0], __open_flags(val[1] || "r")]
        end
      when :close then [fd, 2]
      else [fd, 1, __fd(val)]
      end
    end

    def __open_flags(mode)
      return mode if mode.is_a?(Integer)
      case mode
      when "r" then File::RDONLY
      when "w" then File::WRONLY | File::CREAT | File::TRUNC
      when "a" then File::WRONLY | File::CREAT | File::APPEND
      else File::RDWR | File::CREAT
      end
    end
  end
end

class IO
  # IO.popen(cmd, mode = "r") { |io| ... }: closing the stream waits for the command
  # and sets $?.
  def self.popen(*args, **opts)
    mode = args.size > 1 && args.last.is_a?(String) && !args[0].is_a?(Hash) ? args.pop : "r"
    mode = opts.delete(:mode) || mode
    cmd = args.pop
    env = args.first.is_a?(Hash) ? args.shift : nil
    cmd_args = cmd.is_a?(Array) ? cmd.dup : [cmd]
    env ||= cmd_args.shift if cmd_args.first.is_a?(Hash)
    env2, argv, shell, = Process.__command(env ? [env, *cmd_args] : cmd_args)
    chdir, redirects = Process.__options(opts)
    io, pid = Process.__popen(env2, argv, shell, chdir, redirects, mode)
    Process.__popen_pids[io] = pid
    return io unless block_given?
    begin
      yield io
    ensure
      io.close unless io.closed?
    end
  end

  alias __close_stream close

  def close
    __close_stream
    pid = Process.__popen_pids.delete(self)
    Process.__reap(pid, 0) if pid
    nil
  end

  def pid = Process.__popen_pids[self]
end

module Kernel
  private

  def system(*args, exception: false, **options)
    env, argv, shell, opts = Process.__command(options.empty? ? args : [*args, options])
    begin
      pid = Process.__spawn(env, argv, shell, *Process.__options(opts))
    rescue SystemCallError
      raise if exception
      Process.__set_status(Process::Status.__new(0, 127 << 8))
      return nil
    end
    _, st = Process.__reap(pid, 0)
    if exception && !st.success?
      raise RuntimeError, "Command failed with #{st.to_s.sub(/\Apid \d+ /, '')}: #{argv.join(' ')}"
    end
    st.success?
  end

  def `(cmd)
    env, argv, shell, = Process.__command([cmd.to_str])
    out, pid = Process.__capture(env, argv, shell, nil, nil)
    Process.__reap(pid, 0)
    out
  end

  def spawn(*args)
    Process.spawn(*args)
  end

  def exec(*args)
    env, argv, shell, opts = Process.__command(args)
    Process.__exec(env, argv, shell, Process.__options(opts)[0], nil)
  end

  def fork
    pid = Process.__fork
    return pid unless pid.nil? && block_given?
    status = 0
    begin
      yield
    rescue SystemExit => e
      status = e.status
    rescue Exception => e
      $stderr.write(e.full_message(highlight: false))
      status = 1
    end
    $stdout.flush
    $stderr.flush
    exit!(status)
  end

  def trap(sig, cmd = nil, &blk)
    Signal.trap(sig, cmd, &blk)
  end
end

module Signal
  RESERVED = %w[SEGV BUS ILL FPE VTALRM].freeze
  private_constant :RESERVED
  @__handlers = {}

  class << self
    def signame(signo)
      list.key(Integer(signo))
    end

    def trap(sig, cmd = nil, &blk)
      signo = __signo(sig, false)
      name = signame(signo)
      raise ArgumentError, "can't trap reserved signal: SIG#{name}" if RESERVED.include?(name)
      raise Errno::EINVAL.new("SIG#{name}") if %w[KILL STOP].include?(name)
      handler = blk || cmd
      prev = @__handlers.key?(signo) ? @__handlers[signo] : (signo.zero? ? nil : "DEFAULT")
      mode, stored =
        case handler
        when nil, "", "IGNORE", "SIG_IGN" then [1, handler.nil? || handler == "" ? nil : "IGNORE"]
        when "SYSTEM_DEFAULT" then [0, handler]
        when "DEFAULT", "SIG_DFL" then [name == "INT" ? 2 : 0, "DEFAULT"]   # INT: raise Interrupt
        when "EXIT" then [2, "EXIT"]
        when String then raise ArgumentError, "wrong trap - #{handler}"
        else
          raise ArgumentError, "wrong trap - #{handler.inspect}" unless handler.respond_to?(:call)
          [2, handler]
        end
      if signo.zero?
        __at_exit_once
      else
        __handle(signo, mode, "SIG#{name}")
      end
      @__handlers[signo] = stored
      prev
    end

    # The signal number of an Integer, "INT", "SIGINT" or :INT (negative numbers and
    # names for process groups when allow_negative).
    def __signo(sig, allow_negative)
      case sig
      when Integer
        n = sig
        raise ArgumentError, "invalid signal number (#{sig})" unless list.value?(n.abs) && (allow_negative || n >= 0)
        n
      when String, Symbol
        s = sig.to_s
        neg = allow_negative && s.start_with?("-")
        s = s[1..] if neg
        base = s.delete_prefix("SIG")
        n = list[base]
        raise ArgumentError, "unsupported signal `SIG#{base}'" unless n
        neg ? -n : n
      else
        raise ArgumentError, "bad signal type #{sig.class}"
      end
    end

    def __trapped?(signo)
      h = @__handlers[signo]
      !h.nil? && h != "DEFAULT" && h != "SYSTEM_DEFAULT"
    end

    # What an untrapped signal sent to this process raises (nil: let it act).
    def __default_exception(signo)
      return nil if @__handlers.key?(signo) && @__handlers[signo].nil?
      case signame(signo)
      when "INT" then Interrupt.new("")
      when "HUP", "TERM", "QUIT", "ALRM", "USR1", "USR2" then SignalException.new(signo)
      end
    end

    def __sig_label(signo)
      "SIG#{signame(signo)} (signal #{signo})"
    end

    # Runs the Ruby handlers of the signals recorded since the last call.
    def __dispatch
      pending = __pending
      return unless pending
      pending.each do |signo|
        h = @__handlers.key?(signo) ? @__handlers[signo] : "DEFAULT"
        if h == "EXIT"
          Kernel.exit
        elsif h.respond_to?(:call)
          h.arity.zero? ? h.call : h.call(signo)
        elsif h == "DEFAULT" && (e = __default_exception(signo))
          raise e
        end
      end
      nil
    end

    def __at_exit_once
      return if @__exit_hook
      @__exit_hook = true
      at_exit do
        h = @__handlers[0]
        h.arity.zero? ? h.call : h.call(0) if h.respond_to?(:call)
      end
    end
  end
end

class SystemCallError
  # SystemCallError.new(msg, errno, func) (or .new(errno)) is the Errno class of errno;
  # an Errno class takes (msg, func).
  def self.new(*args)
    if equal?(SystemCallError)
      n = args.size
      raise ArgumentError, "wrong number of arguments (given #{n}, expected 1..3)" unless n.between?(1, 3)
      msg, errno, func = args
      msg, errno = nil, msg if n == 1 && msg.is_a?(Integer)
      k = errno && Errno.constants.map { |c| Errno.const_get(c) }.find { |c| c.const_defined?(:Errno, false) && c::Errno == errno }
      return k.new(msg, *(func.nil? ? [] : [func])) if k
      return super(msg, errno, func)
    end
    super
  end

  # "strerror @ func - msg" (rb_syserr's text); a message that already starts with the
  # error text (the VM's own raises) is kept.
  def initialize(*args)
    if instance_of?(SystemCallError)
      msg, errno, func = args
    else
      raise ArgumentError, "wrong number of arguments (given #{args.size}, expected 0..2)" if args.size > 2
      msg, func = args
      errno = __class_errno
    end
    @errno = errno
    text = errno ? Errno.__strerror(errno) : "unknown error"
    if msg.nil?
      super(text)
    else
      m = String.try_convert(msg) or raise TypeError, "no implicit conversion of #{msg.class} into String"
      return super(m) if func.nil? && m.start_with?(text)
      super("#{text}#{" @ #{func}" unless func.nil?} - #{m}")
    end
  end

  def errno = @errno || __class_errno

  def __class_errno
    k = self.class
    k = k.superclass until k.equal?(SystemCallError) || k.const_defined?(:Errno, false)
    k.equal?(SystemCallError) ? nil : k::Errno
  end
  private :__class_errno
end

class SignalException
  def initialize(sig = (no_arg = true), msg = nil)
    raise ArgumentError, "wrong number of arguments (given 0, expected 1..2)" if no_arg
    if sig.is_a?(Integer)
      name = Signal.signame(sig)
      raise ArgumentError, "invalid signal number (#{sig})" unless name
      @signo = sig
      super(msg || "SIG#{name}")
    else
      s = sig.to_s
      base = s.delete_prefix("SIG")
      @signo = Signal.list[base]
      raise ArgumentError, "unsupported signal `SIG#{base}'" unless @signo
      super("SIG#{base}")
    end
  end

  attr_reader :signo

  def signm = message
end

class Interrupt
  def initialize(msg = "Interrupt")
    super(2, msg)
  end
end
